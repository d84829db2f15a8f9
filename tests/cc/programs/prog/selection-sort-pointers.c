// expect: exit 0
// expect-output: -3 0 2 7 9
#include <stdio.h>
void sort(int *b, int *e) {
  for (; b < e; b++) {
    int *m = b;
    for (int *p = b + 1; p < e; p++) if (*p < *m) m = p;
    int t = *b; *b = *m; *m = t;
  }
}
int main(void) { int a[5] = {7, -3, 9, 0, 2}; sort(a, a + 5); printf("%d %d %d %d %d\n", a[0], a[1], a[2], a[3], a[4]); return 0; }
