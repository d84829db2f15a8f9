// expect: exit 0
// expect-output: 8
#include <stdio.h>
int grid[4][4];
int main(void) {
  for (int i = 0; i < 4; i++) grid[i][i] = 2;
  int s = 0;
  for (int i = 0; i < 4; i++) for (int j = 0; j < 4; j++) s += grid[i][j];
  printf("%d\n", s);
  return 0;
}
