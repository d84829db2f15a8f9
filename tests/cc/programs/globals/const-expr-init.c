// expect: exit 0
// expect-output: 24 3 -1 12
#include <stdio.h>
int a = 2 * 3 * 4;
int b = (1 << 4) / 5;
int c = ~0;
int d = sizeof(int[3]);
int main(void) { printf("%d %d %d %d\n", a, b, c, d); return 0; }
