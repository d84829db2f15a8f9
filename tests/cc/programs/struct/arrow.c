// expect: exit 0
// expect-output: 10 20
#include <stdio.h>
struct point { int x, y; };
void move(struct point *p, int dx) { p->x += dx; p->y += 2 * dx; }
int main(void) {
  struct point p = {5, 10};
  move(&p, 5);
  printf("%d %d\n", p.x, p.y);
  return 0;
}
