// expect: exit 0
// expect-output: 1 1
#include <stdio.h>
int main(void) {
  int x;
  unsigned addr = (unsigned)&x;
  int *back = (int *)addr;
  printf("%d %d\n", back == &x, (addr & 3) == 0);
  return 0;
}
