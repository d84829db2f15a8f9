// expect: exit 0
// expect-output: world b/d/e.c 1
#include <stdio.h>
#include <string.h>
int main(void) {
  printf("%s %s %d\n", strstr("hello world", "wor"), strrchr("a/b/d/e.c", '/') - 3, strstr("abc", "x") == NULL);
  return 0;
}
