// expect: exit 42
// expect-output: 0 0
// expect-output: 1 1
// expect-output: 15 3
// expect-output: 16 4
// expect-output: 1000000000000 1000000
// expect-output: 18446744073709551615 4294967295
// expect-output: 18446744065119617025 4294967295
// expect-output: 99999999999999999 316227766
// Integer square root of 64-bit numbers by Newton's method.
#include <stdio.h>
unsigned long long isqrt(unsigned long long n) {
  if (n < 2) return n;
  unsigned long long x = n / 2 + 1, y = (x + n / x) / 2;   /* x + n / x cannot wrap */
  while (y < x) { x = y; y = (x + n / x) / 2; }
  return x;
}
int main(void) {
  unsigned long long tests[] = { 0, 1, 15, 16, 1000000000000ULL, 0xffffffffffffffffULL, 0xfffffffe00000001ULL, 99999999999999999ULL };
  int i;
  for (i = 0; i < 8; i++) printf("%llu %llu\n", tests[i], isqrt(tests[i]));
  return (int)isqrt(1764);
}
