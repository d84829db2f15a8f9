// expect: exit 0
// expect-output: 4294967295 -1 1
#include <stdio.h>
int main(void) {
  int i = -1;
  unsigned u = 0;
  printf("%u %d %d\n", u + i, (int)(u + i), sizeof(u + i) == 4);
  return 0;
}
