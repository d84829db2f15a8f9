// expect: exit 0
// expect-output: .#.|.#.|.#.
#include <stdio.h>
int g[3][3] = {{0, 0, 0}, {1, 1, 1}, {0, 0, 0}}, n[3][3];
int main(void) {
  for (int i = 0; i < 3; i++)
    for (int j = 0; j < 3; j++) {
      int c = 0;
      for (int di = -1; di <= 1; di++)
        for (int dj = -1; dj <= 1; dj++) {
          int y = i + di, x = j + dj;
          if ((di || dj) && y >= 0 && y < 3 && x >= 0 && x < 3) c += g[y][x];
        }
      n[i][j] = c == 3 || (c == 2 && g[i][j]);
    }
  for (int i = 0; i < 3; i++) {
    for (int j = 0; j < 3; j++) putchar(n[i][j] ? '#' : '.');
    putchar(i < 2 ? '|' : '\n');
  }
  return 0;
}
