// expect: exit 0
// expect-output: 4 3 2 1
#include <stdio.h>
struct n { int v; struct n *next; };
struct n *rev(struct n *h) { struct n *prev = 0; while (h) { struct n *nx = h->next; h->next = prev; prev = h; h = nx; } return prev; }
int main(void) {
  struct n d = {4, 0}, c = {3, &d}, b = {2, &c}, a = {1, &b};
  for (struct n *p = rev(&a); p; p = p->next) printf(p->next ? "%d " : "%d\n", p->v);
  return 0;
}
