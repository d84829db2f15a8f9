// expect: exit 84
// expect-output: 1870659584 1255420432
// expect-output: 133024681 36344967696
// expect-output: -1870659584 -1255420432
// expect-output: 1 9141386507638288911
// expect-output: 16702650 654836960970
// expect-output: 0 1099511627775
// expect-output: 1
// Division and remainder with divisors that need all 64 bits.
#include <stdio.h>
int main(void) {
  long long a = 0x7edcba9876543210LL, b = 0x123456789LL, c = 0x1000000000LL;
  unsigned long long u = 0xfedcba9876543210ULL, v = 0x8000000000000001ULL, w = 0xffffffffffULL;
  printf("%lld %lld\n", a / b, a % b);
  printf("%lld %lld\n", a / c, a % c);
  printf("%lld %lld\n", -a / b, -a % b);
  printf("%llu %llu\n", u / v, u % v);
  printf("%llu %llu\n", u / w, u % w);
  printf("%llu %llu\n", w / u, w % u);
  printf("%llu\n", u / u);
  return (int)(a / b % 100);
}
