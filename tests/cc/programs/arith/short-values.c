// expect: exit 0
// expect-output: -1 65535 -32768 4464
// expect-warning: overflow in conversion from 'int' to 'short int' changes value from '70000' to '4464' [-Woverflow]
#include <stdio.h>
int main(void) {
  short s = -1;
  unsigned short us = 65535;
  short w = 32767;
  w = w + 1;
  short big = 70000;
  printf("%d %d %d %d\n", s, us, w, big);
  return 0;
}
