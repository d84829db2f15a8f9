// expect: exit 0
// expect-output: 1 2 3 4 5 6
#include <stdio.h>
#include <stdlib.h>
int cmp(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }
int main(void) {
  int v[6] = {4, 6, 1, 5, 3, 2};
  qsort(v, 6, sizeof(int), cmp);
  printf("%d %d %d %d %d %d\n", v[0], v[1], v[2], v[3], v[4], v[5]);
  return 0;
}
