// expect: exit 0
// expect-output: 6
#include <stdio.h>
int next(void) { static int n = 4; return n--; }
int main(void) { int x, s = 0; while ((x = next()) > 1) s += x - 1; printf("%d\n", s); return 0; }
