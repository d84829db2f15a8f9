// expect: exit 0
// expect-output: 1000000 1000000000
#include <stdio.h>
int main(void) {
  int x = 1000 * 1000;
  printf("%d %d\n", x, 1000000 * 1000);
  return 0;
}
