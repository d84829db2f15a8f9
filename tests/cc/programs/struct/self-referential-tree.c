// expect: exit 0
// expect-output: 1 2 3 4 5
#include <stdio.h>
struct tree { int v; struct tree *l, *r; };
struct tree nodes[5];
int used;
struct tree *insert(struct tree *t, int v) {
  if (!t) { t = &nodes[used++]; t->v = v; t->l = t->r = 0; return t; }
  if (v < t->v) t->l = insert(t->l, v); else t->r = insert(t->r, v);
  return t;
}
int first = 1;
void walk(struct tree *t) {
  if (!t) return;
  walk(t->l);
  printf(first ? "%d" : " %d", t->v); first = 0;
  walk(t->r);
}
int main(void) {
  struct tree *root = 0;
  int vals[5] = {3, 1, 4, 5, 2};
  for (int i = 0; i < 5; i++) root = insert(root, vals[i]);
  walk(root);
  printf("\n");
  return 0;
}
