// expect: exit 0
// expect-output: 1 0 1 1 0
#include <stdio.h>
int main(void) { int x = 7; printf("%d %d %d %d %d\n", x && 3, x && 0, 0 || x, !!x, !x); return 0; }
