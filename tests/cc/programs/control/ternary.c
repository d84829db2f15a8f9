// expect: exit 0
// expect-output: 5 yes -1
#include <stdio.h>
int max(int a, int b) { return a > b ? a : b; }
int main(void) {
  int n = -4;
  printf("%d %s %d\n", max(3, 5), n < 0 ? "yes" : "no", n > 0 ? 1 : n == 0 ? 0 : -1);
  return 0;
}
