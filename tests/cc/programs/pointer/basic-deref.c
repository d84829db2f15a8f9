// expect: exit 0
// expect-output: 5 9
#include <stdio.h>
int main(void) {
  int x = 5;
  int *p = &x;
  printf("%d ", *p);
  *p = 9;
  printf("%d\n", x);
  return 0;
}
