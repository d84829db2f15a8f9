// expect: exit 0
// expect-output: 6 0 5 0 0 9
#include <stdio.h>
int main(void) {
  int a[] = { [2] = 5, [5] = 9 };
  a[0] = sizeof a / sizeof a[0];
  printf("%d %d %d %d %d %d\n", a[0], a[1], a[2], a[3], a[4], a[5]);
  return 0;
}
