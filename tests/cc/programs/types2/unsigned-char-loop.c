// expect: exit 0
// expect-output: 256
#include <stdio.h>
int main(void) { int n = 0; unsigned char c = 0; do { n++; c++; } while (c != 0); printf("%d\n", n); return 0; }
