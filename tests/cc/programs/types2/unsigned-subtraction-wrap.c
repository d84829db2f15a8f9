// expect: exit 0
// expect-output: 4294967293 1
#include <stdio.h>
int main(void) { unsigned a = 2, b = 5; printf("%u %d\n", a - b, a - b > 0); return 0; }
