// expect: exit 0
// expect-output: 1 101 2 102
#include <stdio.h>
int f(void) { static int x = 0; return ++x; }
int g(void) { static int x = 100; return ++x; }
int main(void) { int a = f(), b = g(), c = f(); printf("%d %d %d %d\n", a, b, c, g()); return 0; }
