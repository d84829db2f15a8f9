// expect: exit 0
// expect-output: abcdefgh 8
// expect-output: 0 0 0 X
// expect-output: tool 0
// expect-output: 1 0 1
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(void) {
  char a[32] = "abc";
  strcat(a, "def");
  strncat(a, "ghijkl", 2);
  printf("%s %d\n", a, (int)strlen(a));
  char b[8];
  memset(b, 'X', 8);
  strncpy(b, "hi", 5);
  printf("%d %d %d %c\n", b[2], b[3], b[4], b[5]);
  strncpy(b, "toolongstring", 4);
  printf("%.4s %d\n", b, b[4]);
  printf("%d %d %d\n", strcmp("a", "b") < 0, strncmp("abcd", "abcz", 3), strcmp("b", "a") > 0);
  return 0;
}
