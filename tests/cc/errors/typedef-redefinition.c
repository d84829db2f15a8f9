// expect-error: redefinition of 'T' as a different kind of symbol
typedef int T;
typedef char T;
