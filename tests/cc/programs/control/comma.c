// expect: exit 0
// expect-output: 3 4
#include <stdio.h>
int main(void) {
  int a, b;
  a = (b = 2, b + 1);
  for (a = 0, b = 10; a < b; a++, b -= 2) {}
  printf("%d %d\n", 3, a);
  return 0;
}
