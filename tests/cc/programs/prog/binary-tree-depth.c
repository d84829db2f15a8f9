// expect: exit 0
// expect-output: 4
#include <stdio.h>
#include <stdlib.h>
struct t { int v; struct t *l, *r; };
struct t *ins(struct t *n, int v) {
  if (!n) { n = calloc(1, sizeof *n); n->v = v; return n; }
  if (v < n->v) n->l = ins(n->l, v); else n->r = ins(n->r, v);
  return n;
}
int depth(struct t *n) { if (!n) return 0; int a = depth(n->l), b = depth(n->r); return 1 + (a > b ? a : b); }
int main(void) {
  int vals[] = {50, 30, 70, 20, 40, 60, 80, 10};
  struct t *root = 0;
  for (int i = 0; i < 8; i++) root = ins(root, vals[i]);
  printf("%d\n", depth(root));
  return 0;
}
