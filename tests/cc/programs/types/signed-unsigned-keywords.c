// expect: exit 0
// expect-output: -1 255 4294967295 -1 65535
#include <stdio.h>
int main(void) {
  signed char a = -1;
  unsigned char b = 255;
  unsigned long c = 0xffffffff;
  long int d = -1;
  unsigned short int e = 0xffff;
  printf("%d %d %lu %d %d\n", a, b, c, (int)d, e);
  return 0;
}
