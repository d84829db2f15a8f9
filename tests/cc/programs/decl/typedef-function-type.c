// expect: exit 0
// expect-output: 10 20
#include <stdio.h>
typedef int binop(int, int);
int add(int a, int b) { return a + b; }
int mul(int a, int b) { return a * b; }
int run(binop *f, int a, int b) { return f(a, b); }
int main(void) { printf("%d %d\n", run(add, 4, 6), run(mul, 4, 5)); return 0; }
