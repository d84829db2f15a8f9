// expect: exit 0
// expect-output: 256 -256
#include <stdio.h>
int main(void) { unsigned char u = 1; char c = -1; printf("%d %d\n", u << 8, c << 8); return 0; }
