// expect: exit 0
// expect-output: 14 20 2 11 1
#include <stdio.h>
int main(void) {
  printf("%d %d %d %d %d\n", 2 + 3 * 4, (2 + 3) * 4, 10 - 4 - 4, 1 + 2 * 3 + 4, 7 - 2 * 3);
  return 0;
}
