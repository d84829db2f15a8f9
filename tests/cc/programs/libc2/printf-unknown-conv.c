// expect: exit 0
// expect-output: 10 [%y 5 %k ok]
// expect-warning: unknown conversion type character 'y' in format [-Wformat=]
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
/* An unknown conversion is printed as written and consumes no argument. */
int main(void) {
  char b[128];
  int n = sprintf(b, "%y %d %k %s", 5, "ok");
  printf("%d [%s]\n", n, b);
  return 0;
}
