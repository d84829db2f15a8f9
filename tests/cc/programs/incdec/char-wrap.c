// expect: exit 0
// expect-output: -128 127 0 255
#include <stdio.h>
int main(void) {
  char c = 127;
  c++;
  int a = c;
  c--;
  unsigned char u = 255;
  u++;
  int b = u;
  u--;
  printf("%d %d %d %d\n", a, c, b, u);
  return 0;
}
