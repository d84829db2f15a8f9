// expect: exit 0
// expect-output: 10 6 16 4
#include <stdio.h>
int plus(int a, int b) { return a + b; }
int minus(int a, int b) { return a - b; }
int times_(int a, int b) { return a * b; }
int divide(int a, int b) { return a / b; }
int (*ops[4])(int, int) = { plus, minus, times_, divide };
int main(void) {
  printf("%d %d %d %d\n", ops[0](8, 2), ops[1](8, 2), ops[2](8, 2), (*ops[3])(8, 2));
  return 0;
}
