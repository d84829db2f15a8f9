// expect: exit 0
// expect-output: 12 255
#include <stdio.h>
#define CAT(a, b) a##b
int main(void) { printf("%d %d\n", CAT(1, 2), CAT(0x, ff)); return 0; }
