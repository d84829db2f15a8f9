// expect-error: 'u' defined as wrong kind of tag
struct u { int a; };
union u *p;
