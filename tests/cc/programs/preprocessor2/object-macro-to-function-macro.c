// expect: exit 0
// expect-output: 16
#include <stdio.h>
#define SQ(x) ((x) * (x))
#define OP SQ
int main(void) { printf("%d\n", OP(4)); return 0; }
