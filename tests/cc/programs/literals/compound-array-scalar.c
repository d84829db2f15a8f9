// expect: exit 0
// expect-output: 6 3 9
#include <stdio.h>
int total(int *v, int n) { int s = 0; for (int i = 0; i < n; i++) s += v[i]; return s; }
int main(void) {
  int *p = (int[]){1, 2, 3};
  int n = (int){3};
  printf("%d %d %d\n", total(p, n), (int)(sizeof (int[]){1, 2, 3} / sizeof(int)), (int[3]){7, 8, 9}[2]);
  return 0;
}
