// expect: exit 0
// expect-output: 30 10 3 40
#include <stdio.h>
int main(void) {
  int a[5] = {10, 20, 30, 40, 50};
  int *p = a + 2;
  int *q = &a[4];
  printf("%d %d %d %d\n", *p, *(p - 2), (int)(q - a - 1), p[1]);
  return 0;
}
