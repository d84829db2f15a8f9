// expect: exit 0
// expect-output: 1 0 1 1 0 1
#include <stdio.h>
int main(void) {
  int a = 3, b = 5;
  printf("%d %d %d %d %d %d\n", a < b, a > b, a <= 3, b >= 5, a == b, a != b);
  return 0;
}
