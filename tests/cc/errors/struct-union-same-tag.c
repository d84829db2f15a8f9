// expect-error: 'u' defined as wrong kind of tag
union u { int a; };
struct u *p;
int main(void) { return 0; }
