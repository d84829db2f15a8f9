// expect: exit 0
// expect-output: 25
#include <stdio.h>
typedef int (*unary_fn)(int);
int sq(int x) { return x * x; }
int call(unary_fn f, int v) { return f(v); }
int main(void) { printf("%d\n", call(sq, 5)); return 0; }
