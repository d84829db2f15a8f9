// expect: exit 36
// expect-output: 204
// expect-output: -30064771074
// expect-output: 1111111122222222
// expect-output: 3333333344444444
// expect-output: 5555555566666666
// expect-output: 7777777788888888
// Many 64-bit arguments in one call, read back in order.
#include <stdio.h>
long long weigh(long long a, long long b, long long c, long long d, long long e, long long f, long long g, long long h) {
  return a * 1 + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8;
}
unsigned long long pick(int n, unsigned long long a, unsigned long long b, unsigned long long c, unsigned long long d) {
  return n == 0 ? a : n == 1 ? b : n == 2 ? c : d;
}
int main(void) {
  printf("%lld\n", weigh(1, 2, 3, 4, 5, 6, 7, 8));
  printf("%lld\n", weigh(0x100000000LL, -1, 0, 0, 0, 0, 0, -0x100000000LL));
  int i;
  for (i = 0; i < 4; i++) printf("%llx\n", pick(i, 0x1111111122222222ULL, 0x3333333344444444ULL, 0x5555555566666666ULL, 0x7777777788888888ULL));
  return (int)weigh(1, 1, 1, 1, 1, 1, 1, 1);
}
