// expect: exit 0
// expect-output: 0
#include <stdio.h>
#include <stdlib.h>
int main(void) {
  int *p = calloc(10, sizeof(int));
  int s = 0;
  for (int i = 0; i < 10; i++) s += p[i];
  printf("%d\n", s);
  return 0;
}
