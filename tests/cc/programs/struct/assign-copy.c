// expect: exit 0
// expect-output: 1 2 9 2
#include <stdio.h>
struct pair { int a, b; };
int main(void) {
  struct pair p = {1, 2}, q;
  q = p;
  q.a = 9;
  printf("%d %d %d %d\n", p.a, p.b, q.a, q.b);
  return 0;
}
