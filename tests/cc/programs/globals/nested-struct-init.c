// expect: exit 0
// expect-output: 1 2 3 4 x
#include <stdio.h>
struct inner { int a, b; };
struct outer { struct inner in; int c[2]; char tag; };
struct outer o = {{1, 2}, {3, 4}, 'x'};
int main(void) { printf("%d %d %d %d %c\n", o.in.a, o.in.b, o.c[0], o.c[1], o.tag); return 0; }
