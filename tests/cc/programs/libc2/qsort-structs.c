// expect: exit 0
// expect-output: al   95
// expect-output: bob  95
// expect-output: dee  88
// expect-output: ann  70
// expect-output: cy   70
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct rec { char name[8]; int score; };
static int cmp(const void *a, const void *b) {
  const struct rec *x = a, *y = b;
  if (x->score != y->score) return y->score - x->score;
  return strcmp(x->name, y->name);
}
int main(void) {
  struct rec r[] = { {"ann", 70}, {"bob", 95}, {"cy", 70}, {"dee", 88}, {"al", 95} };
  qsort(r, 5, sizeof r[0], cmp);
  for (int i = 0; i < 5; i++) printf("%-4s%3d\n", r[i].name, r[i].score);
  return 0;
}
