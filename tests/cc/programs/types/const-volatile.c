// expect: exit 0
// expect-output: 5 6
#include <stdio.h>
const int limit = 5;
volatile int flag = 6;
int main(void) {
  const char *s = "x";
  char *const p = 0;
  (void)s; (void)p;
  printf("%d %d\n", limit, flag);
  return 0;
}
