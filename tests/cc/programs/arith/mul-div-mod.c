// expect: exit 0
// expect-output: 42 3 1 -3 -1 6
#include <stdio.h>
int main(void) {
  int a = 6, b = 7, c = -10;
  printf("%d %d %d %d %d %d\n", a * b, 10 / 3, 10 % 3, c / 3, c % 3, 100 / 16);
  return 0;
}
