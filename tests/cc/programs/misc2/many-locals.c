// expect: exit 0
// expect-output: 55
#include <stdio.h>
int main(void) {
  int a = 1, b = 2, c = 3, d = 4, e = 5, f = 6, g = 7, h = 8, i = 9, j = 10;
  printf("%d\n", a + b + c + d + e + f + g + h + i + j);
  return 0;
}
