// expect: exit 0
// expect-output: 40000 -25536
#include <stdio.h>
int main(void) {
  short a = 20000, b = 20000;
  int wide = a + b;
  short narrow = a + b;
  printf("%d %d\n", wide, narrow);
  return 0;
}
