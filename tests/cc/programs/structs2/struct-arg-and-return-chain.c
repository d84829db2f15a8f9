// expect: exit 0
// expect-output: 6 10
#include <stdio.h>
struct v { int x, y; };
struct v add(struct v a, struct v b) { struct v r = { a.x + b.x, a.y + b.y }; return r; }
int main(void) {
  struct v a = {1, 2}, b = {2, 3};
  struct v c = add(add(a, b), add(b, a));
  printf("%d %d\n", c.x, c.y);
  return 0;
}
