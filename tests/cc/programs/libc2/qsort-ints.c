// expect: exit 0
// expect-output: -50 -7 0 1 3 3 8 19 42 100 
// expect-output: 100 42 19 8 3 3 1 0 -7 -50 
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static int up(const void *a, const void *b) { int x = *(const int *)a, y = *(const int *)b; return (x > y) - (x < y); }
static int down(const void *a, const void *b) { return up(b, a); }
int main(void) {
  int v[] = { 42, -7, 19, 0, 3, 3, 100, -50, 8, 1 };
  int n = sizeof v / sizeof v[0];
  qsort(v, n, sizeof v[0], up);
  for (int i = 0; i < n; i++) printf("%d ", v[i]);
  printf("\n");
  qsort(v, n, sizeof v[0], down);
  for (int i = 0; i < n; i++) printf("%d ", v[i]);
  printf("\n");
  qsort(v, 0, sizeof v[0], up);
  return 0;
}
