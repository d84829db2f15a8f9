// expect: exit 0
// expect-output: 10
#include <stdio.h>
int main(void) { int a[3] = {10, 20, 30}; int *p = &a[2]; printf("%d\n", p[-2]); return 0; }
