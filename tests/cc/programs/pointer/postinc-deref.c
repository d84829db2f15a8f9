// expect: exit 0
// expect-output: 1 2 3 | 2 3 4
#include <stdio.h>
int main(void) {
  int a[3] = {1, 2, 3};
  int *p = a;
  int x = *p++;
  int y = *p++;
  int z = *p;
  printf("%d %d %d | ", x, y, z);
  p = a;
  for (int i = 0; i < 3; i++) (*p++)++;
  printf("%d %d %d\n", a[0], a[1], a[2]);
  return 0;
}
