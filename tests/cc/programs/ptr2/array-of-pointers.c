// expect: exit 0
// expect-output: 1 2 3
#include <stdio.h>
int main(void) {
  int a = 1, b = 2, c = 3;
  int *ps[3] = {&a, &b, &c};
  printf("%d %d %d\n", *ps[0], *ps[1], *ps[2]);
  return 0;
}
