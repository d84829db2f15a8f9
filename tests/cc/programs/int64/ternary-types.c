// expect: exit 7
// expect-output: 8 8
// expect-output: -1
// expect-output: 18446744073709551615
// expect-output: 4294967295
// expect-output: 5000000000 -5000000000
// expect-output: -5000000000
// ?: with 64-bit arms takes the common type of both arms.
#include <stdio.h>
int pick(int c) { return c; }
int main(void) {
  int c = pick(1), d = pick(0);
  printf("%d %d\n", (int)sizeof(c ? 1 : 1LL), (int)sizeof(c ? 1u : 1ULL));
  printf("%lld\n", c ? -1 : 0x100000000LL);
  printf("%llu\n", c ? -1 : 0ULL);
  printf("%lld\n", d ? 1LL : 0xffffffffu);
  long long a = 5000000000LL, b = -5000000000LL;
  printf("%lld %lld\n", a > b ? a : b, a < b ? a : b);
  long long t = d ? a : b;
  printf("%lld\n", t);
  return (int)(c ? 7LL : 9LL);
}
