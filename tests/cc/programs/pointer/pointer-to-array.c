// expect: exit 0
// expect-output: 6 12
#include <stdio.h>
int main(void) {
  int m[2][3] = {{1, 2, 3}, {4, 5, 6}};
  int (*row)[3] = m;
  printf("%d %d\n", row[1][2], (int)sizeof(*row));
  return 0;
}
