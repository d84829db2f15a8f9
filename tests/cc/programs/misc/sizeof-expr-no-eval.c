// expect: exit 0
// expect-output: 4 0
#include <stdio.h>
int main(void) {
  int i = 0;
  int n = sizeof(i++);
  printf("%d %d\n", n, i);
  return 0;
}
