// expect: exit 0
// expect-output: -3 -4
#include <stdio.h>
int main(void) { int x = -7; printf("%d %d\n", x / 2, x >> 1); return 0; }
