// expect: exit 5
// expect-output: -5 4294967291 -300 65000 -128 200 -1
// expect-output: 18446744073709551611 4294967291 18446744073709551488
// expect-output: ffffffffffffffff ffffffff
// expect-output: -7 4000000000
// Widening to 64 bits: signed types sign-extend, unsigned types zero-extend.
#include <stdio.h>
int main(void) {
  int neg = -5;
  unsigned un = 0xfffffffbu;
  short sh = -300;
  unsigned short us = 65000;
  signed char sc = -128;
  unsigned char uc = 200;
  char ch = -1;
  long long a = neg, b = un, c = sh, d = us, e = sc, f = uc, g = ch;
  unsigned long long ua = neg, ub = un, uc2 = sc;
  printf("%lld %lld %lld %lld %lld %lld %lld\n", a, b, c, d, e, f, g);
  printf("%llu %llu %llu\n", ua, ub, uc2);
  printf("%llx %llx\n", (unsigned long long)-1, (unsigned long long)(unsigned)-1);
  long l = -7;
  unsigned long ul = 4000000000UL;
  printf("%lld %lld\n", (long long)l, (long long)ul);
  return (int)(a + 10);
}
