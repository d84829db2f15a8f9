// expect: exit 0
// expect-output: add=5 sub=1
#include <stdio.h>
int add(int a, int b) { return a + b; }
int sub(int a, int b) { return a - b; }
struct op { char *name; int (*fn)(int, int); };
struct op ops[] = { {"add", add}, {"sub", sub} };
int main(void) {
  printf("%s=%d %s=%d\n", ops[0].name, ops[0].fn(3, 2), ops[1].name, ops[1].fn(3, 2));
  return 0;
}
