// expect: exit 0
// expect-output: 120
#include <stdio.h>
int prod(int *a, int n) { return n == 0 ? 1 : a[0] * prod(a + 1, n - 1); }
int main(void) { int a[5] = {1, 2, 3, 4, 5}; printf("%d\n", prod(a, 5)); return 0; }
