// expect: exit 0
// expect-output: 120
#include <stdio.h>
int main(void) {
  int a = 1, b = 2, c = 3, d = 4, e = 5;
  printf("%d\n", ((a * b) * (c * (d * e))) + (a - a) * (b + c - d / e));
  return 0;
}
