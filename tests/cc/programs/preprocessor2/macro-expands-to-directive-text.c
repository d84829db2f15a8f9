// expect: exit 0
// expect-output: 3
#include <stdio.h>
#define HASH #
#define COUNT(a, b, c) 3
int main(void) { printf("%d\n", COUNT(x, y, z)); return 0; }
