// expect: exit 0
// expect-output: 3 2 1
#include <stdio.h>
int x = 1;
int main(void) {
  int x = 2;
  { int x = 3; printf("%d ", x); }
  printf("%d ", x);
  { extern int x; printf("%d\n", x); }
  return 0;
}
