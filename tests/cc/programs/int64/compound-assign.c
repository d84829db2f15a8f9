// expect: exit 69
// expect-output: 8000000000
// expect-output: -1000000000
// expect-output: 3000000000
// expect-output: 428571428
// expect-output: 71428
// expect-output: fedc000076540000
// expect-output: fedc000076541111
// expect-output: 123ffff89abeeee
// expect-output: 123ffff89abeeee0
// expect-output: 123ffff
// expect-output: 6378837
// expect-output: 837
// Every compound assignment operator on long long.
#include <stdio.h>
int main(void) {
  long long x = 5000000000LL;
  unsigned long long u = 0xfedcba9876543210ULL;
  x += 3000000000LL; printf("%lld\n", x);
  x -= 9000000000LL; printf("%lld\n", x);
  x *= -3; printf("%lld\n", x);
  x /= 7; printf("%lld\n", x);
  x %= 100000; printf("%lld\n", x);
  u &= 0xffff0000ffff0000ULL; printf("%llx\n", u);
  u |= 0x1111; printf("%llx\n", u);
  u ^= 0xffffffffffffffffULL; printf("%llx\n", u);
  u <<= 4; printf("%llx\n", u);
  u >>= 36; printf("%llx\n", u);
  u /= 3; printf("%llu\n", u);
  u %= 1000; printf("%llu\n", u);
  return (int)u % 256;
}
