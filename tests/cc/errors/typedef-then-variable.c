// expect-error: 'T' redeclared as different kind of symbol
int T;
typedef int T;
int main(void) { return 0; }
