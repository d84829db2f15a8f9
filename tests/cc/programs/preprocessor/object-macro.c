// expect: exit 0
// expect-output: 100 6
#include <stdio.h>
#define N 100
#define SIX (2 * 3)
int main(void) { printf("%d %d\n", N, SIX); return 0; }
