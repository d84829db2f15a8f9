// expect: exit 0
// expect-output: 1 2 3
#include <stdio.h>
int next(void) { static int n; return ++n; }
int main(void) { int a = next(); int b = next(); printf("%d %d %d\n", a, b, next()); return 0; }
