// expect: exit 0
// expect-output: -126 4
#include <stdio.h>
int main(void) {
  char c = 120;
  c += 10;
  unsigned char u = 250;
  u += 10;
  printf("%d %d\n", c, u);
  return 0;
}
