// expect: exit 0
// expect-output: 3 [alpha] [beta] [gam]
// expect-output: 2 [abc] [defgh]
// expect-output: 1 [ ]
// expect-output: 1 [x]
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(void) {
  char w1[16], w2[16];
  char c3[4] = "...";
  int n = sscanf("alpha   beta gamma", "%s %s %3c", w1, w2, c3);
  printf("%d [%s] [%s] [%s]\n", n, w1, w2, c3);
  n = sscanf("abcdefgh", "%3s%s", w1, w2);
  printf("%d [%s] [%s]\n", n, w1, w2);
  char c;
  n = sscanf("  x", "%c", &c);
  printf("%d [%c]\n", n, c);
  n = sscanf("  x", " %c", &c);
  printf("%d [%c]\n", n, c);
  return 0;
}
