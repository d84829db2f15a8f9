// expect: exit 0
// expect-output: 0 5
#include <stdio.h>
int main(void) { int a = 0, b = 0; int flag = 1; *(flag ? &b : &a) = 5; printf("%d %d\n", a, b); return 0; }
