// expect: exit 0
// expect-output: 3628800
#include <stdio.h>
int fact(int n) { if (n <= 1) return 1; return n * fact(n - 1); }
int main(void) { printf("%d\n", fact(10)); return 0; }
