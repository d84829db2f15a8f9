// expect: exit 0
// expect-output: -56 200 244 -12
// expect-warning: overflow in conversion from 'int' to 'char' changes value from '200' to '-56' [-Woverflow]
#include <stdio.h>
int main(void) {
  char c = 200;
  unsigned char uc = 200;
  char s = (char)(100 + 100 + 100 - 56);
  printf("%d %d %d %d\n", c, uc, (unsigned char)s, s);
  return 0;
}
