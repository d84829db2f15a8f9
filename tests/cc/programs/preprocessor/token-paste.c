// expect: exit 0
// expect-output: 12 34
#include <stdio.h>
#define CAT(a, b) a##b
#define VAR(n) var_##n
int main(void) {
  int var_1 = 12, var_2 = 34;
  printf("%d %d\n", CAT(var_, 1), VAR(2));
  return 0;
}
