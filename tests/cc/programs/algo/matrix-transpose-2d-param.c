// expect: exit 0
// expect-output: 1 4 2 5 3 6
#include <stdio.h>
void transpose(int in[2][3], int out[3][2]) {
  for (int i = 0; i < 2; i++) for (int j = 0; j < 3; j++) out[j][i] = in[i][j];
}
int main(void) {
  int a[2][3] = {{1, 2, 3}, {4, 5, 6}}, b[3][2];
  transpose(a, b);
  printf("%d %d %d %d %d %d\n", b[0][0], b[0][1], b[1][0], b[1][1], b[2][0], b[2][1]);
  return 0;
}
