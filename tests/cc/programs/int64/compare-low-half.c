// expect: exit 32
// expect-output: 1 1 1 1
// expect-output: 1 1 1
// expect-output: 1 1
// expect-output: 32
// Equal high halves: the low halves compare unsigned even for signed long long.
#include <stdio.h>
int main(void) {
  long long a = 0x80000000LL, b = 0x7fffffffLL, c = -0x80000000LL, d = -0x7fffffffLL;
  long long e = 0x5ffffffffLL, f = 0x500000000LL;
  printf("%d %d %d %d\n", a > b, b < a, c < d, d > c);
  printf("%d %d %d\n", e > f, e >= f, f <= e);
  printf("%d %d\n", -1LL > -2LL, -0x100000000LL < -0xffffffffLL);
  int n = 0;
  long long x;
  for (x = 0xfffffff0LL; x < 0x100000010LL; x++) n++;
  printf("%d\n", n);
  return n;
}
