// expect: exit 15
// expect-output: 15
// expect-output: 201
// expect-output: -5
// expect-output: 4294967316
// expect-output: 4294967309
// expect-output: 4294967295
// expect-output: -4294967295
// Compound assignment between 64-bit and narrower operands converts as C says.
#include <stdio.h>
int main(void) {
  int i = 10;
  unsigned char c = 200;
  short s = -5;
  long long ll = 0x100000005LL;
  unsigned u = 7;
  i += ll;                  /* computed in long long, then truncated to int */
  printf("%d\n", i);
  c += 0x10000000001LL;
  printf("%d\n", c);
  s *= 0x100000001LL;
  printf("%d\n", s);
  ll += i;
  printf("%lld\n", ll);
  ll -= u;
  printf("%lld\n", ll);
  u -= 8LL;                 /* -1 as long long, converted to unsigned */
  printf("%u\n", u);
  ll = -1;
  ll *= 0xffffffffu;        /* unsigned int converts to long long, no wrap */
  printf("%lld\n", ll);
  return i;
}
