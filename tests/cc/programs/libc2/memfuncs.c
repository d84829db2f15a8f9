// expect: exit 0
// expect-output: ababcdehij
// expect-output: bcdehdehij
// expect-output: 1 0 1
// expect-output: 1
// expect-output: llo none
// expect-output: ****hd
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(void) {
  char buf[16] = "abcdefghij";
  memmove(buf + 2, buf, 5);
  printf("%s\n", buf);
  memmove(buf, buf + 3, 5);
  printf("%s\n", buf);
  printf("%d %d %d\n", memcmp("abc", "abd", 3) < 0, memcmp("abc", "abc", 3), memcmp("b", "a", 1) > 0);
  printf("%d\n", memcmp("\xff", "\x01", 1) > 0);
  const char *m = memchr("hello", 'l', 5);
  printf("%s %s\n", m, memchr("hello", 'z', 5) ? "z" : "none");
  memset(buf, '*', 4);
  printf("%.6s\n", buf);
  return 0;
}
