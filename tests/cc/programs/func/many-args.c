// expect: exit 0
// expect-output: 1 2 3 4 5 6 7 8 36
#include <stdio.h>
int sum8(int a, int b, int c, int d, int e, int f, int g, int h) {
  printf("%d %d %d %d %d %d %d %d ", a, b, c, d, e, f, g, h);
  return a + b + c + d + e + f + g + h;
}
int main(void) { printf("%d\n", sum8(1, 2, 3, 4, 5, 6, 7, 8)); return 0; }
