// expect: exit 0
// expect-output: 4 -2147483648
#include <stdio.h>
int main(void) { long x = 2147483647L; x++; printf("%d %ld\n", (int)sizeof(long), x); return 0; }
