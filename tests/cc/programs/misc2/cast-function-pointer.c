// expect: exit 0
// expect-output: 6
#include <stdio.h>
int triple(int x) { return 3 * x; }
int main(void) {
  void *raw = (void *)triple;
  int (*f)(int) = (int (*)(int))raw;
  printf("%d\n", f(2));
  return 0;
}
