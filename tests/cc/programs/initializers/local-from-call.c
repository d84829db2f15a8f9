// expect: exit 0
// expect-output: 12
#include <stdio.h>
int f(int x) { return x * 3; }
int main(void) { int a = f(2), b = a + f(2); printf("%d\n", b); return 0; }
