// expect: exit 0
// expect-output: 1 0
#include <stdio.h>
int main(void) {
  char c = -1;
  unsigned char u = 255;
  printf("%d %d\n", c < 0, u < 0);
  return 0;
}
