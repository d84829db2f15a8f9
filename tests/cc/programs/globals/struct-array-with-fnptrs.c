// expect: exit 0
// expect-output: plus=5 minus=1
#include <stdio.h>
int plus(int a, int b) { return a + b; }
int minus(int a, int b) { return a - b; }
struct op { char *name; int (*fn)(int, int); };
struct op ops[] = { {"plus", plus}, {"minus", minus} };
int main(void) {
  printf("%s=%d %s=%d\n", ops[0].name, ops[0].fn(3, 2), ops[1].name, ops[1].fn(3, 2));
  return 0;
}
