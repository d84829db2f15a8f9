// expect: exit 0
// expect-output: 5 7 7 5
#include <stdio.h>
int main(void) {
  int i = 5;
  int a = i++;
  int b = ++i;
  int c = i--;
  --i;
  printf("%d %d %d %d\n", a, b, c, i);
  return 0;
}
