// expect: exit 0
// expect-output: 42
#include <stdio.h>
struct later;
struct holder { struct later *p; };
struct later { int v; };
int main(void) {
  struct later l = {42};
  struct holder h = {&l};
  printf("%d\n", h.p->v);
  return 0;
}
