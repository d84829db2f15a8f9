// expect: exit 0
// expect-output: 15
#include <stdio.h>
int main(void) {
  int a[5] = {1, 2, 3, 4, 5};
  int s = 0;
  for (int *p = a, *end = a + 5; p < end; p++) s += *p;
  printf("%d\n", s);
  return 0;
}
