// expect: exit 0
// expect-output: 30 24 18 | 84 69 54 | 138 114 90
#include <stdio.h>
int a[3][3] = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
int b[3][3] = {{9, 8, 7}, {6, 5, 4}, {3, 2, 1}};
int c[3][3];
int main(void) {
  for (int i = 0; i < 3; i++)
    for (int j = 0; j < 3; j++)
      for (int k = 0; k < 3; k++)
        c[i][j] += a[i][k] * b[k][j];
  printf("%d %d %d | %d %d %d | %d %d %d\n", c[0][0], c[0][1], c[0][2], c[1][0], c[1][1], c[1][2], c[2][0], c[2][1], c[2][2]);
  return 0;
}
