// expect: exit 0
// expect-output: 1 2 3 | 9 2 3
#include <stdio.h>
struct box { int v[3]; };
int main(void) {
  struct box a = {{1, 2, 3}}, b;
  b = a;
  b.v[0] = 9;
  printf("%d %d %d | %d %d %d\n", a.v[0], a.v[1], a.v[2], b.v[0], b.v[1], b.v[2]);
  return 0;
}
