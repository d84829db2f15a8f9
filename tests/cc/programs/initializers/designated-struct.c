// expect: exit 0
// expect-output: 0 7 3
#include <stdio.h>
struct s { int a, b, c; };
struct s g = { .b = 7, .c = 3 };
int main(void) { printf("%d %d %d\n", g.a, g.b, g.c); return 0; }
