// expect: exit 0
// expect-output: 12 [12345-a] 7
// expect-output: 8 []
// expect-output: 8
// expect-output: 7 [exactly]
// expect-output: 8 [exactly]
// expect-output: 8 Q
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
/* snprintf returns the length the whole output would have. */
int main(void) {
  char b[8];
  memset(b, 'X', sizeof b);
  int n = snprintf(b, sizeof b, "%d-%s", 12345, "abcdef");
  printf("%d [%s] %d\n", n, b, (int)strlen(b));
  n = snprintf(b, 1, "anything");
  printf("%d [%s]\n", n, b);
  n = snprintf(NULL, 0, "%05d%s", 3, "xyz");
  printf("%d\n", n);
  n = snprintf(b, sizeof b, "exactly");
  printf("%d [%s]\n", n, b);
  n = snprintf(b, sizeof b, "exactly8");
  printf("%d [%s]\n", n, b);
  b[7] = 'Q';
  n = snprintf(b, 0, "no write");
  printf("%d %c\n", n, b[7]);
  return 0;
}
