// expect: exit 0
// expect-output: 111
#include <stdio.h>
int steps(unsigned n) { int s = 0; while (n != 1) { n = n % 2 ? 3 * n + 1 : n / 2; s++; } return s; }
int main(void) { printf("%d\n", steps(27)); return 0; }
