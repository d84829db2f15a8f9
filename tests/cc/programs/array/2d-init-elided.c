// expect: exit 0
// expect-output: 1 2 3 4 5 6
#include <stdio.h>
int main(void) {
  int m[2][3] = {1, 2, 3, 4, 5, 6};
  printf("%d %d %d %d %d %d\n", m[0][0], m[0][1], m[0][2], m[1][0], m[1][1], m[1][2]);
  return 0;
}
