// expect: exit 0
// expect-output: 1 0
#include <stdio.h>
int a, b;
int ia(void) { return ++a; }
int ib(void) { return ++b; }
int main(void) { int r = 1 ? ia() : ib(); printf("%d %d\n", a, b + r - 1); return 0; }
