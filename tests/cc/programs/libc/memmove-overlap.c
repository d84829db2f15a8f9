// expect: exit 0
// expect-output: aabcdef bcdefff
#include <stdio.h>
#include <string.h>
int main(void) {
  char s[8] = "abcdefg";
  memmove(s + 1, s, 6);
  char t[8] = "abcdefg";
  memmove(t, t + 1, 5);
  t[7] = 0;
  t[6] = 'f';
  t[5] = 'f';
  printf("%s %s\n", s, t);
  return 0;
}
