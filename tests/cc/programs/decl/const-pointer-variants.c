// expect: exit 0
// expect-output: 1 2
#include <stdio.h>
int main(void) {
  int x = 1, y = 2;
  const int *p = &x;
  int *const q = &y;
  const int *const r = &x;
  printf("%d %d\n", *r, *q + *p - 1);
  return 0;
}
