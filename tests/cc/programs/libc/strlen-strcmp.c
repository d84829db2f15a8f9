// expect: exit 0
// expect-output: 5 0 1 1 0
#include <stdio.h>
#include <string.h>
int main(void) {
  printf("%d %d %d %d %d\n", (int)strlen("hello"), strcmp("abc", "abc"), strcmp("abd", "abc") > 0, strcmp("ab", "abc") < 0, strncmp("abcx", "abcy", 3));
  return 0;
}
