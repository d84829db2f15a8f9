// expect: exit 0
// expect-output: 1 2 3 5 8 9
#include <stdio.h>
int main(void) {
  int a[6] = {5, 2, 9, 1, 8, 3};
  for (int i = 0; i < 6; i++)
    for (int j = 0; j + 1 < 6 - i; j++)
      if (a[j] > a[j + 1]) { int t = a[j]; a[j] = a[j + 1]; a[j + 1] = t; }
  for (int i = 0; i < 6; i++) printf(i ? " %d" : "%d", a[i]);
  printf("\n");
  return 0;
}
