// expect: exit 0
// expect-output: 5
#include <stdio.h>
int main(void) {
  char *s = "hello world";
  int n = 0;
  while (s[n] && s[n] != ' ') n++;
  printf("%d\n", n);
  return 0;
}
