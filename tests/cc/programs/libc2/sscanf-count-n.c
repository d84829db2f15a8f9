// expect: exit 0
// expect-output: 2 77 4 word 9
// expect-output: 1 100
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(void) {
  int a, pos1, pos2;
  char w[16];
  int n = sscanf("  77 word tail", "%d%n %s%n", &a, &pos1, w, &pos2);
  printf("%d %d %d %s %d\n", n, a, pos1, w, pos2);
  n = sscanf("100%", "%d%%", &a);
  printf("%d %d\n", n, a);
  return 0;
}
