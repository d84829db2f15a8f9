// expect: exit 0
// expect-output: 7 7 7
#include <stdio.h>
int main(void) { int a, b, c; a = b = c = 7; printf("%d %d %d\n", a, b, c); return 0; }
