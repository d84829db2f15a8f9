// expect: exit 0
// expect-output: 1 1
#include <stdio.h>
int main(void) { printf("%d %d\n", __ringside__, __i386__); return 0; }
