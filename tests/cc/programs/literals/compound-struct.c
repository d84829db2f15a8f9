// expect: exit 0
// expect-output: 3 7 10 5
#include <stdio.h>
struct point { int x, y; };
int sum(struct point p) { return p.x + p.y; }
int getx(struct point *p) { return p->x; }
int main(void) {
  struct point p = (struct point){3, 7};
  printf("%d %d %d %d\n", p.x, p.y, sum((struct point){4, 6}), getx(&(struct point){.x = 5}));
  return 0;
}
