// expect: exit 0
// expect-output: 3 2
#include <stdio.h>
int main(void) { int a = 1; int b = (a++, a + 1); printf("%d %d\n", b, a); return 0; }
