// expect: exit 8
// expect-output: 3 1
// expect-output: -3 -1
// expect-output: -3 1
// expect-output: 3 -1
// expect-output: 3333333335 2
// expect-output: -3333333335 -2
// expect-output: -3333333335 2
// expect-output: 3333333335 -2
// expect-output: -4611686018427387904 -2
// expect-output: -9223372036854775807
// Signed 64-bit division truncates toward zero; the remainder has the dividend's sign.
#include <stdio.h>
long long quo(long long a, long long b) { return a / b; }
long long rem(long long a, long long b) { return a % b; }
int main(void) {
  long long a[] = { 7, -7, 7, -7, 10000000007LL, -10000000007LL, 10000000007LL, -10000000007LL };
  long long b[] = { 2, 2, -2, -2, 3, 3, -3, -3 };
  int i;
  for (i = 0; i < 8; i++) printf("%lld %lld\n", quo(a[i], b[i]), rem(a[i], b[i]));
  printf("%lld %lld\n", quo(-9223372036854775807LL - 1, 2), rem(-9223372036854775807LL - 1, 3));
  printf("%lld\n", quo(9223372036854775807LL, -1));
  return (int)rem(-17, 5) + 10;
}
