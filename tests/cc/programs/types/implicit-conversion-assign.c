// expect: exit 0
// expect-output: 44 -1 255
// expect-warning: overflow in conversion from 'int' to 'char' changes value from '300' to '44' [-Woverflow]
// expect-warning: overflow in conversion from 'int' to 'short int' changes value from '65535' to '-1' [-Woverflow]
#include <stdio.h>
int main(void) {
  char c = 300;
  short s = 65535;
  unsigned char u = -1;
  printf("%d %d %d\n", c, s, u);
  return 0;
}
