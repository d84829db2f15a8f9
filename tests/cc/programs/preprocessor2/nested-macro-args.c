// expect: exit 0
// expect-output: 7
#include <stdio.h>
#define ADD(a, b) ((a) + (b))
#define MUL(a, b) ((a) * (b))
int main(void) { printf("%d\n", ADD(MUL(2, 3), ADD(0, 1))); return 0; }
