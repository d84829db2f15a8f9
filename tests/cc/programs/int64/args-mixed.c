// expect: exit 10
// expect-output: 1 -2 120 fedcba9876543210 -4 5000000000
// expect-output: -1 9223372036854775807 -1 0 32767 -1
// expect-output: 17179869188
// expect-output: 106
// long long arguments take two stack slots between 32-bit and 8-bit ones.
#include <stdio.h>
void show(int a, long long b, char c, unsigned long long d, short e, long long f) {
  printf("%d %lld %d %llx %d %lld\n", a, b, c, d, e, f);
}
long long sum(char a, long long b, int c, long long d) { return a + b + c + d; }
int main(void) {
  show(1, -2, 'x', 0xfedcba9876543210ULL, -4, 5000000000LL);
  show(-1, 0x7fffffffffffffffLL, -1, 0, 32767, -1);
  int i = 3;
  long long l = 0x100000000LL;
  printf("%lld\n", sum(1, l, i, l * i));
  printf("%lld\n", sum('a', 2, 3, 4));
  return (int)sum(1, 2, 3, 4);
}
