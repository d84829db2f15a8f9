// expect: exit 0
// expect-output: 8 14 6 240 3
#include <stdio.h>
int main(void) {
  int a = 12, b = 10;
  printf("%d %d %d %d %d\n", a & b, a | b, a ^ b, 15 << 4, 240 >> 6);
  return 0;
}
