// expect: exit 0
// expect-output: 4 2
#include <stdio.h>
int main(void) {
  int a[5] = {0, 1, 2, 3, 4};
  int *p = a;
  p += 4;
  printf("%d ", *p);
  p -= 2;
  printf("%d\n", *p);
  return 0;
}
