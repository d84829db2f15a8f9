// expect: exit 9
// expect-output: -2 fedcba9876543210 0 1099511627791
// expect-output: -9223372036854775808 18446744073709551615 4294967295
// expect-output: 7 -4294967296 z 99
// expect-output: fedcba9876543210
// Global and static 64-bit objects with constant initialisers, written as 8 bytes.
#include <stdio.h>
long long g_neg = -2;
unsigned long long g_big = 0xfedcba9876543210ULL;
long long g_zero;
long long g_expr = (1LL << 40) + 5 * 3;
static long long s_min = -9223372036854775807LL - 1;
unsigned long long g_from_int = -1;
long long g_from_uint = 0xffffffffu;
struct pair { int a; long long b; char c; } g_pair = { 7, -0x100000000LL, 'z' };
int after = 99;   /* must not be overwritten by the 8-byte objects before it */
int main(void) {
  printf("%lld %llx %lld %lld\n", g_neg, g_big, g_zero, g_expr);
  printf("%lld %llu %lld\n", s_min, g_from_int, g_from_uint);
  printf("%d %lld %c %d\n", g_pair.a, g_pair.b, g_pair.c, after);
  g_zero += g_big;
  printf("%llx\n", g_zero);
  return after - 90;
}
