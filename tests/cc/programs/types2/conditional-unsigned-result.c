// expect: exit 0
// expect-output: 4294967295
#include <stdio.h>
int main(void) { int flag = 1; unsigned u = 0; printf("%u\n", flag ? -1 : u); return 0; }
