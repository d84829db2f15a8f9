// expect: exit 0
// expect-output: hello, world! 5 12
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(void) {
  int a, b;
  char buf[64];
  sprintf(buf, "hello%n, world%n!", &a, &b);
  printf("%s %d %d\n", buf, a, b);
  return 0;
}
