// expect: exit 0
// expect-output: 0 1 4 9 16 ok
#include <stdio.h>
#include <stdlib.h>
int main(void) {
  int *a = malloc(5 * sizeof(int));
  if (!a) return 1;
  for (int i = 0; i < 5; i++) a[i] = i * i;
  for (int i = 0; i < 5; i++) printf("%d ", a[i]);
  free(a);
  int *b = malloc(16);
  int *c = malloc(16);
  printf(b != c ? "ok\n" : "same\n");
  free(b); free(c);
  return 0;
}
