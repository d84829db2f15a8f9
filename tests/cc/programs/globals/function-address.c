// expect: exit 0
// expect-output: 8
#include <stdio.h>
int twice(int x) { return 2 * x; }
int (*fp)(int) = twice;
int main(void) { printf("%d\n", fp(4)); return 0; }
