// expect: exit 0
// expect-output: 0 1 1 2 3 5 8 13 21 34
#include <stdio.h>
int main(void) {
  int a = 0, b = 1;
  for (int i = 0; i < 10; i++) { printf(i ? " %d" : "%d", a); int t = a + b; a = b; b = t; }
  printf("\n");
  return 0;
}
