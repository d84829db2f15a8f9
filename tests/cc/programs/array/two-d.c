// expect: exit 0
// expect-output: 0 1 2 | 10 11 12 | 20 21 22
#include <stdio.h>
int main(void) {
  int g[3][3];
  for (int i = 0; i < 3; i++)
    for (int j = 0; j < 3; j++)
      g[i][j] = i * 10 + j;
  printf("%d %d %d | %d %d %d | %d %d %d\n", g[0][0], g[0][1], g[0][2], g[1][0], g[1][1], g[1][2], g[2][0], g[2][1], g[2][2]);
  return 0;
}
