// expect: exit 0
// expect-output: 2 3 1
#include <stdio.h>
struct c { int n; };
int main(void) {
  struct c v = {1};
  struct c *p = &v;
  v.n++;
  int a[2] = {0, 0};
  int i = 0;
  a[i++]++;
  int before = p->n++;
  printf("%d %d %d\n", before, p->n, a[0]);
  return 0;
}
