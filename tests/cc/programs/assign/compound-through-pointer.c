// expect: exit 0
// expect-output: 11 21 6
#include <stdio.h>
int calls;
int *pick(int *a) { calls++; return a; }
int main(void) {
  int a[2] = {1, 1};
  *pick(a) += 10;
  a[1] += 20;
  int i = 0;
  a[i++] += 0;
  printf("%d %d %d\n", a[0], a[1], calls + i * 4 + 1);
  return 0;
}
