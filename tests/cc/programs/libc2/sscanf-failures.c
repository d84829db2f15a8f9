// expect: exit 0
// expect-output: -1
// expect-output: -1
// expect-output: 0 -1
// expect-output: 1 -1 -1
// expect-output: 0
// expect-output: 1
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(void) {
  int a = -1, b = -1;
  printf("%d\n", sscanf("", "%d", &a));
  printf("%d\n", sscanf("   ", "%d", &a));
  printf("%d %d\n", sscanf("x1", "%d", &a), a);
  printf("%d %d %d\n", sscanf("5 x", "%d %d", &a, &b), a, b);
  printf("%d\n", sscanf("abc", "abd"));
  printf("%d\n", sscanf("7,", "%d,%d", &a, &b));
  return 0;
}
