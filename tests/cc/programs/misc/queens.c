// expect: exit 0
// expect-output: 92
#include <stdio.h>
int cols[8];
int ok(int row, int col) {
  for (int r = 0; r < row; r++) {
    int c = cols[r];
    if (c == col || c - col == r - row || c - col == row - r) return 0;
  }
  return 1;
}
int solve(int row) {
  if (row == 8) return 1;
  int n = 0;
  for (int c = 0; c < 8; c++) if (ok(row, c)) { cols[row] = c; n += solve(row + 1); }
  return n;
}
int main(void) { printf("%d\n", solve(0)); return 0; }
