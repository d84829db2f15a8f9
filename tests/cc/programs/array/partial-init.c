// expect: exit 0
// expect-output: 1 2 0 0 0
#include <stdio.h>
int main(void) {
  int a[5] = {1, 2};
  printf("%d %d %d %d %d\n", a[0], a[1], a[2], a[3], a[4]);
  return 0;
}
