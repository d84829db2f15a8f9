// expect: exit 0
// expect-output: 4 8 2
#include <stdio.h>
struct pair { int a, b; };
int main(void) {
  int x[4];
  struct pair ps[3];
  int *p = x; p++;
  struct pair *q = ps; ++q;
  short *s = 0; s++;
  printf("%d %d %d\n", (int)((char *)p - (char *)x), (int)((char *)q - (char *)ps), (int)s);
  return 0;
}
