// expect: exit 0
// expect-output: -1 1 -1 -3
#include <stdio.h>
int main(void) {
  printf("%d %d %d %d\n", -7 % 3, 7 % -3, -7 % -3, -7 / 2);
  return 0;
}
