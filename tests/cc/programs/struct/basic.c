// expect: exit 0
// expect-output: 3 4
#include <stdio.h>
struct point { int x; int y; };
int main(void) {
  struct point p;
  p.x = 3; p.y = 4;
  printf("%d %d\n", p.x, p.y);
  return 0;
}
