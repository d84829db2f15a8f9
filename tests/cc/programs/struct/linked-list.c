// expect: exit 0
// expect-output: 3 2 1
#include <stdio.h>
struct node { int v; struct node *next; };
int main(void) {
  struct node c = {1, 0}, b = {2, &c}, a = {3, &b};
  for (struct node *n = &a; n; n = n->next) printf(n == &a ? "%d" : " %d", n->v);
  printf("\n");
  return 0;
}
