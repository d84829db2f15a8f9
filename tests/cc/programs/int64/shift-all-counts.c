// expect: exit 0
// expect-output: 3018315a8f16d76d 0
// Every count 0..63, variable against constant-folded, left and right, signed and unsigned.
#include <stdio.h>
int main(void) {
  unsigned long long h = 0, v = 0x9e3779b97f4a7c15ULL;
  long long s = -0x0123456789abcdefLL;
  int i, mismatches = 0;
  for (i = 0; i < 64; i++) {
    h = h * 31 + (v << i) + (v >> i) + (unsigned long long)(s >> i) + ((unsigned long long)s << i);
    if (((v << i) >> i) != (v & (0xffffffffffffffffULL >> i))) mismatches++;
    if (i < 63 && ((1LL << i) >> i) != 1) mismatches++;
  }
  printf("%llx %d\n", h, mismatches);
  return mismatches;
}
