// expect: exit 1
// expect-output: 8 8 8
// expect-output: 4294967296
// expect-output: 0
// expect-output: -1
// expect-output: 1
// expect-output: 1
// expect-output: -8589934591
// expect-output: 9223372036854775807
// expect-output: 0
// The usual arithmetic conversions with 64-bit operands.
#include <stdio.h>
int main(void) {
  unsigned u = 0xffffffffu;
  int neg = -1;
  long long ll = 1;
  unsigned long long ull = 1;
  printf("%d %d %d\n", (int)sizeof(u + ll), (int)sizeof(neg + ull), (int)sizeof('a' + 1LL));
  printf("%lld\n", u + ll);              /* long long: 4294967296, no wrap */
  printf("%llu\n", neg + ull);           /* unsigned long long: wraps to 0 */
  printf("%lld\n", neg * ll);
  printf("%d\n", u + ll > u);
  printf("%d\n", neg + ull < 1);
  printf("%lld\n", (long long)u * u);
  printf("%llu\n", (unsigned long long)neg / 2);
  printf("%lld\n", neg / 2LL);
  return (int)(u + ll > 0);
}
