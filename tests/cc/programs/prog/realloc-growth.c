// expect: exit 0
// expect-output: 100 4950
#include <stdio.h>
#include <stdlib.h>
int main(void) {
  int cap = 4, n = 0;
  int *v = malloc(cap * sizeof(int));
  for (int i = 0; i < 100; i++) {
    if (n == cap) { cap *= 2; v = realloc(v, cap * sizeof(int)); }
    v[n++] = i;
  }
  int s = 0;
  for (int i = 0; i < n; i++) s += v[i];
  printf("%d %d\n", n, s);
  free(v);
  return 0;
}
