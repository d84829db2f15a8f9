// expect: exit 0
// expect-output: 100
#include <stdio.h>
#include <string.h>
int main(void) {
  const char *s = "0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789";
  printf("%d\n", (int)strlen(s));
  return 0;
}
