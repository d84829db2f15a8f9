// expect: exit 0
// expect-output: -5 5 -6 0 1 1
#include <stdio.h>
int main(void) {
  int x = 5;
  printf("%d %d %d %d %d %d\n", -x, +x, ~x, !x, !0, - -1);
  return 0;
}
