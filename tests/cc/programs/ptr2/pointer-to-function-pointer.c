// expect: exit 0
// expect-output: 9
#include <stdio.h>
int nine(void) { return 9; }
int main(void) {
  int (*f)(void) = nine;
  int (**pf)(void) = &f;
  printf("%d\n", (*pf)());
  return 0;
}
