// expect: exit 0
// expect-output: 6 1
#include <stdio.h>
#include <string.h>
int main(void) {
  int line = __LINE__;
  const char *f = __FILE__;
  int n = strlen(f);
  printf("%d %d\n", line, strcmp(f + n - 11, "line-file.c") == 0);
  return 0;
}
