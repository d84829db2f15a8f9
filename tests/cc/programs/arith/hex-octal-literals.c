// expect: exit 0
// expect-output: 255 8 10 3054 4294967295
#include <stdio.h>
int main(void) {
  printf("%d %d %d %d %u\n", 0xff, 010, 0xA, 0xBEE, 0xffffffff);
  return 0;
}
