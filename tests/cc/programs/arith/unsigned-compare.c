// expect: exit 0
// expect-output: 1 1 1 0
#include <stdio.h>
int main(void) {
  unsigned u = 1;
  int neg = -1;
  /* -1 converts to UINT_MAX when compared with an unsigned value */
  printf("%d %d %d %d\n", neg > u, neg < (int)u, u < 0xffffffffu, (unsigned)neg < 5u);
  return 0;
}
