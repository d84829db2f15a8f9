// expect: exit 0
// expect-output: 1 2 3 0
#include <stdio.h>
struct p { int x, y; };
struct line { struct p a, b; };
int main(void) {
  struct line l = { {1, 2}, {3} };
  printf("%d %d %d %d\n", l.a.x, l.a.y, l.b.x, l.b.y);
  return 0;
}
