// expect: exit 0
// expect-output: 4 1
#include <stdio.h>
union u { int i; char c[4]; };
int main(void) {
  union u x;
  x.i = 0x01020304;
  printf("%d %d\n", x.c[0], x.c[3]);
  return 0;
}
