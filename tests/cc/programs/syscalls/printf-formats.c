// expect: exit 0
// expect-output: -42 42 2a 2A c % str 4294967295
#include <stdio.h>
int main(void) { printf("%d %u %x %X %c %% %s %u\n", -42, 42, 42, 42, 'c', "str", -1); return 0; }
