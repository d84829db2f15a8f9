// expect: exit 0
// expect-output: 3
#include <stdio.h>
int main(void) {
  struct local { int a, b; } v = {1, 2};
  printf("%d\n", v.a + v.b);
  return 0;
}
