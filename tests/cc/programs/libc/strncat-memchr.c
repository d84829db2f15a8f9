// expect: exit 0
// expect-output: abcde 3
#include <stdio.h>
#include <string.h>
int main(void) {
  char buf[16] = "abc";
  strncat(buf, "defgh", 2);
  const char *s = "xyz!q";
  printf("%s %d\n", buf, (int)((const char *)memchr(s, '!', 5) - s));
  return 0;
}
