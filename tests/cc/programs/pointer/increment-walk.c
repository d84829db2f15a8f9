// expect: exit 0
// expect-output: abc
#include <stdio.h>
int main(void) {
  char buf[4] = "abc";
  for (char *p = buf; *p; p++) putchar(*p);
  putchar('\n');
  return 0;
}
