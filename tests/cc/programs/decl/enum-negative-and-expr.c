// expect: exit 0
// expect-output: -2 -1 8 9
#include <stdio.h>
enum { NEG = -2, NEXT, BIG = 1 << 3, AFTER };
int main(void) { printf("%d %d %d %d\n", NEG, NEXT, BIG, AFTER); return 0; }
