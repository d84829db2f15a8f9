// expect: exit 4
// expect-output: 1 0 1 1 1
// expect-output: 0
// expect-output: 1
// Converting a 64-bit value to _Bool tests all 64 bits.
#include <stdio.h>
#include <stdbool.h>
int main(void) {
  bool a = 0x100000000LL, b = 0LL, c = 0x8000000000000000ULL, d = -1LL;
  long long big = 0x200000000LL;
  bool e = big;
  printf("%d %d %d %d %d\n", a, b, c, d, e);
  printf("%d\n", (bool)(big & 0xffffffffLL));
  printf("%d\n", (int)sizeof((bool)big));
  return a + b + c + d + e;
}
