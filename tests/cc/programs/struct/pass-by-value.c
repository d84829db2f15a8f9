// expect: exit 0
// expect-output: 11 1
#include <stdio.h>
struct v { int x, y, z; };
int sum(struct v a) { a.x = 100; return a.y + a.z; }
int main(void) {
  struct v p = {1, 5, 6};
  printf("%d %d\n", sum(p), p.x);
  return 0;
}
