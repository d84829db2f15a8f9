// expect: exit 0
// expect-output: 78 56 34 12
#include <stdio.h>
union word { unsigned int u; unsigned char b[4]; };
int main(void) {
  union word w;
  w.u = 0x12345678;
  printf("%x %x %x %x\n", w.b[0], w.b[1], w.b[2], w.b[3]);
  return 0;
}
