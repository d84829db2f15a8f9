// expect: exit 42
// expect-output: 10000000000
// expect-output: -15000000000
// expect-output: 121932631112635269
// expect-output: 9223372032559808512
// expect-output: 1234567890
// expect-output: -8589934592
// expect-output: 4294967296
// 64-bit multiplication: cross products reach the high half; signs.
#include <stdio.h>
long long mul(long long a, long long b) { return a * b; }
int main(void) {
  printf("%lld\n", mul(100000, 100000));
  printf("%lld\n", mul(-3, 5000000000LL));
  printf("%lld\n", mul(-123456789, -987654321));
  printf("%lld\n", mul(0x100000000LL, 0x7fffffff));
  printf("%llx\n", mul(0x123456789LL, 0x10));
  printf("%lld\n", mul(4294967296LL, -2));
  int i = 65536;
  long long w = (long long)i * i;            /* widened before multiplying */
  printf("%lld\n", w);
  return (int)(mul(6, 7));
}
