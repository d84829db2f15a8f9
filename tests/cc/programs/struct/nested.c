// expect: exit 0
// expect-output: 1 2 3 4
#include <stdio.h>
struct point { int x, y; };
struct rect { struct point tl; struct point br; };
int main(void) {
  struct rect r = {{1, 2}, {3, 4}};
  printf("%d %d %d %d\n", r.tl.x, r.tl.y, r.br.x, r.br.y);
  return 0;
}
