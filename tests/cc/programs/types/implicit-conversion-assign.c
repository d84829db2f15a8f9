// expect: exit 0
// expect-output: 44 -1 255
#include <stdio.h>
int main(void) {
  char c = 300;
  short s = 65535;
  unsigned char u = -1;
  printf("%d %d %d\n", c, s, u);
  return 0;
}
