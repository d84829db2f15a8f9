// expect: exit 1
// expect-output: -1 -1 -1
// expect-output: ffedcba987654321 fffffffffedcba98 ffffffffffedcba9
// expect-output: -81985529216486895 -9223372036854775808 8152436061464415727
// expect-output: -40992764608243448 -4611686018427387904 4076218030732207863
// expect-output: -38177488 -4294967296 3796273871
// expect-output: -19088744 -2147483648 1898136935
// expect-output: -9544372 -1073741824 949068467
// expect-output: -1 -1 0
// Arithmetic >> of negative and positive long long by 0, 31, 32, 33, 63.
#include <stdio.h>
int main(void) {
  long long neg = -0x123456789abcdefLL, min = -9223372036854775807LL - 1, pos = 0x7123456789abcdefLL;
  int n[] = { 0, 1, 31, 32, 33, 63 };
  int i;
  printf("%lld %lld %lld\n", -1LL >> 0, -1LL >> 32, -1LL >> 63);
  printf("%llx %llx %llx\n", neg >> 4, neg >> 32, neg >> 36);
  for (i = 0; i < 6; i++) printf("%lld %lld %lld\n", neg >> n[i], min >> n[i], pos >> n[i]);
  return (int)(min >> 63) + 2;
}
