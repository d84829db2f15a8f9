// expect: exit 0
// expect-output: 3 4 5
#include <stdio.h>
struct v { int x, y, z; };
struct v make(int base) { struct v r; r.x = base; r.y = base + 1; r.z = base + 2; return r; }
int main(void) {
  struct v a = make(3);
  printf("%d %d %d\n", a.x, a.y, make(3).z);
  return 0;
}
