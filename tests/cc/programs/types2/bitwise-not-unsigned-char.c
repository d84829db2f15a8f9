// expect: exit 0
// expect-output: -1 255
#include <stdio.h>
int main(void) { unsigned char u = 0; printf("%d %d\n", ~u, (unsigned char)~u); return 0; }
