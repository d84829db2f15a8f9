// expect: exit 0
// expect-output: b
#include <stdio.h>
int main(void) {
  char *a = "a", *b = "b", *n = 0;
  char *r = n ? n : (0 ? a : b);
  printf("%s\n", r);
  return 0;
}
