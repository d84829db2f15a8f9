// expect: exit 0
// expect-output: 65 66
#include <stdio.h>
int main(void) {
  char s[2] = {'A', 'B'};
  void *v = s;
  char *c = v;
  printf("%d %d\n", c[0], *((char *)v + 1));
  return 0;
}
