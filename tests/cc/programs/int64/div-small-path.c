// expect: exit 20
// expect-output: 571428571 3
// expect-output: -666666666 -2
// expect-output: 8198552921648689 5
// expect-output: 4294967297 0
// expect-output: 20
// Division where both operands fit in 32 bits, and 64-bit by small divisors.
#include <stdio.h>
int main(void) {
  unsigned long long x = 4000000000ULL, y = 7;
  long long s = -2000000000LL, t = 3;
  printf("%llu %llu\n", x / y, x % y);
  printf("%lld %lld\n", s / t, s % t);
  printf("%llu %llu\n", 0x123456789abcdefULL / 10, 0x123456789abcdefULL % 10);
  printf("%llu %llu\n", 18446744073709551615ULL / 0xffffffffULL, 18446744073709551615ULL % 0xffffffffULL);
  unsigned long long n = 18446744073709551615ULL;
  int digits = 0;
  while (n) { n /= 10; digits++; }
  printf("%d\n", digits);
  return digits;
}
