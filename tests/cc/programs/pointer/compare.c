// expect: exit 0
// expect-output: 1 0 1 1
#include <stdio.h>
int main(void) {
  int a[3];
  int *p = &a[0], *q = &a[2];
  printf("%d %d %d %d\n", p < q, p == q, q - p == 2, p != 0);
  return 0;
}
