// expect: exit 0
// expect-output: 3: -17 8 0
// expect-output: 1: 4294967295
// expect-output: 5: 255 511 10
// expect-output: 1: 8
// expect-output: 1: 26
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(void) {
  int a, b, c;
  unsigned u;
  int n = sscanf("  -17 +8 0", "%d%d%d", &a, &b, &c);
  printf("%d: %d %d %d\n", n, a, b, c);
  n = sscanf("4294967295", "%u", &u);
  printf("%d: %u\n", n, u);
  n = sscanf("ff 777 0x10 010 10", "%x %o %i %i %i", &a, &b, &c, &c, &c);
  printf("%d: %d %d %d\n", n, a, b, c);
  n = sscanf("010", "%i", &a);
  printf("%d: %d\n", n, a);
  n = sscanf("0x1A", "%x", &a);
  printf("%d: %d\n", n, a);
  return 0;
}
