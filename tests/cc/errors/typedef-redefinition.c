// expect-error: 'T' redeclared as different kind of symbol
typedef int T;
typedef char T;
