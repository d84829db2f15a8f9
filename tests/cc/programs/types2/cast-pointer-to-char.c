// expect: exit 0
// expect-output: 1 0 0 0
#include <stdio.h>
int main(void) { int x = 1; char *p = (char *)&x; printf("%d %d %d %d\n", p[0], p[1], p[2], p[3]); return 0; }
