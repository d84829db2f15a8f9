// expect: exit 0
// expect-output: -2147483648 0 -2
#include <stdio.h>
int main(void) {
  int m = 2147483647;
  unsigned z = 0xffffffff;
  printf("%d %u %d\n", m + 1, z + 1, m * 2);
  return 0;
}
