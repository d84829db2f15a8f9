// expect: exit 0
// expect-output: 0 1 8 32 8
#include <stdio.h>
int popcount(unsigned x) { int n = 0; while (x) { n += x & 1; x >>= 1; } return n; }
int main(void) { printf("%d %d %d %d %d\n", popcount(0), popcount(1), popcount(255), popcount(0xffffffff), popcount(0xaaaa0000)); return 0; }
