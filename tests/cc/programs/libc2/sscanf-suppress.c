// expect: exit 0
// expect-output: 3 2024 5 17
// expect-output: 2 12 34
// expect-output: 3 12 345 678
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(void) {
  int y, m, d;
  int n = sscanf("2024-05-17", "%d-%d-%d", &y, &m, &d);
  printf("%d %d %d %d\n", n, y, m, d);
  n = sscanf("skip 12 this 34", "%*s %d %*s %d", &y, &m);
  printf("%d %d %d\n", n, y, m);
  n = sscanf("12345678", "%2d%3d%d", &y, &m, &d);
  printf("%d %d %d %d\n", n, y, m, d);
  return 0;
}
