// expect: exit 0
// expect-output: xxxxx abcde 0
#include <stdio.h>
#include <string.h>
int main(void) {
  char a[6], b[6];
  memset(a, 'x', 5); a[5] = 0;
  memcpy(b, "abcde", 6);
  printf("%s %s %d\n", a, b, memcmp(b, "abcde", 6));
  return 0;
}
