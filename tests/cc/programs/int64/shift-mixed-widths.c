// expect: exit 0
// expect-output: 4 8
// expect-output: 16 8
// expect-output: 141836999983104
// expect-output: 4
// expect-output: 20
// expect-output: 100000000 0
// The result of a shift has the left operand's (promoted) type; the count's type does not matter.
#include <stdio.h>
int main(void) {
  int x = 1;
  long long n = 4;
  unsigned char c = 0x81;
  printf("%d %d\n", (int)sizeof(x << n), (int)sizeof(1LL << x));
  printf("%d %d\n", x << n, x << 3LL);
  printf("%lld\n", (long long)c << 40);
  printf("%d\n", (int)sizeof(c << 40LL));
  printf("%lld\n", 5LL << (char)2);
  unsigned u = 0x80000000u;
  printf("%llx %x\n", (unsigned long long)u << 1, u << 1);
  return 0;
}
