// expect: exit 0
// expect-output: -4 -1 1073741823
#include <stdio.h>
int main(void) {
  int n = -16;
  unsigned u = 0xfffffffc;
  printf("%d %d %u\n", n >> 2, -1 >> 31, u >> 2);
  return 0;
}
