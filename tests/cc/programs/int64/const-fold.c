// expect: exit 0
// expect-output: 8 137 4
// expect-output: 1537228702873900373
// expect-output: -9223372036854775803 1844674407370955161
// expect-output: -3 -1
// expect-output: 2
// 64-bit constant expressions fold exactly: array sizes, enum values, static initialisers.
#include <stdio.h>
enum { SHIFTED = (int)((1LL << 40) >> 37), WRAPPED = (int)(0x123456789LL & 0xff) };
char arr[(1ULL << 63) >> 61];
int main(void) {
  static long long s = (1LL << 62) / 3 + 0x100000000LL * 7;
  printf("%d %d %d\n", SHIFTED, WRAPPED, (int)sizeof arr);
  printf("%lld\n", s);
  printf("%lld %llu\n", -9223372036854775807LL - 1 + 5, (unsigned long long)-1 / 10);
  printf("%lld %lld\n", -7LL / 2, -7LL % 2);
  printf("%d\n", (0x100000000LL > 0xffffffffLL) + (3000000000LL * 4 == 12000000000LL));
  return 0;
}
