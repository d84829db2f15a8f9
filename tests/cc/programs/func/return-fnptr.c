// expect: exit 0
// expect-output: 11
#include <stdio.h>
int inc(int x) { return x + 1; }
int (*pick(void))(int) { return inc; }
int main(void) { printf("%d\n", pick()(10)); return 0; }
