// expect: exit 0
// expect-output: 0:-1 3:1 6:-1 9:-1 12:-1 15:-1 18:-1 21:-1 24:-1 27:-1 30:-1 
// expect-output: 1 29
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static int cmp(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }
int main(void) {
  int v[] = { 2, 3, 5, 7, 11, 13, 17, 19, 23, 29 };
  for (int k = 0; k <= 30; k += 3) {
    int *p = bsearch(&k, v, 10, sizeof v[0], cmp);
    printf("%d:%d ", k, p ? (int)(p - v) : -1);
  }
  printf("\n");
  int k = 29;
  printf("%d %d\n", bsearch(&k, v, 0, sizeof v[0], cmp) == NULL, *(int *)bsearch(&k, v, 10, sizeof v[0], cmp));
  return 0;
}
