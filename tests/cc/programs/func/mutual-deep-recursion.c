// expect: exit 0
// expect-output: 5050
#include <stdio.h>
int sum(int n) { return n == 0 ? 0 : n + sum(n - 1); }
int main(void) { printf("%d\n", sum(100)); return 0; }
