// expect: exit 0
// expect-output: 42
#include <stdio.h>
struct c { int v; };
struct b { struct c *c; };
struct a { struct b *b; };
int main(void) {
  struct c cc = {42};
  struct b bb = {&cc};
  struct a aa = {&bb};
  struct a *p = &aa;
  printf("%d\n", p->b->c->v);
  return 0;
}
