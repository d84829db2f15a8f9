// expect: exit 18
// expect-output: 4300967303 204295067300
// expect-output: 8601934606 18446744069408584313
// expect-output: -9 9
// Local 64-bit variables, arrays and structs with initialisers.
#include <stdio.h>
struct span { long long from, to; };
long long area(int w) {
  long long sides[3] = { w, (long long)w * 1000000, -1 };
  struct span s = { -0x100000000LL, sides[1] };
  long long rest[4] = { 5 };
  return sides[0] + sides[1] + sides[2] + (s.to - s.from) + rest[0] + rest[3];
}
int main(void) {
  long long a = area(3), b = area(100000);
  unsigned long long c = a * 2, d = -a;
  printf("%lld %lld\n", a, b);
  printf("%llu %llu\n", c, d);
  struct span sp = { .to = 9, .from = -9 };
  printf("%lld %lld\n", sp.from, sp.to);
  return (int)(sp.to - sp.from);
}
