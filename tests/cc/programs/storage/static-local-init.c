// expect: exit 0
// expect-output: 10 11 12
#include <stdio.h>
int counter(void) { static int c = 10; return c++; }
int main(void) { int a = counter(); int b = counter(); printf("%d %d %d\n", a, b, counter()); return 0; }
