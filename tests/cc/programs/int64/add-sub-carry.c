// expect: exit 7
// expect-output: 100000000
// expect-output: ffffffff
// expect-output: -2
// expect-output: -3000000000
// expect-output: -4000000000
// expect-output: 7fffffffffffffff
// expect-output: 0 18446744073709551615
// Addition and subtraction carry and borrow between the 32-bit halves.
#include <stdio.h>
long long add(long long a, long long b) { return a + b; }
long long sub(long long a, long long b) { return a - b; }
int main(void) {
  printf("%llx\n", add(0xffffffffLL, 1));
  printf("%llx\n", sub(0x100000000LL, 1));
  printf("%lld\n", add(-1, -1));
  printf("%lld\n", add(-5000000000LL, 2000000000LL));
  printf("%lld\n", sub(3000000000LL, 7000000000LL));
  printf("%llx\n", add(0x7fffffff80000000LL, 0x7fffffff));
  unsigned long long u = 0xffffffffffffffffULL;
  printf("%llu %llu\n", u + 1, (unsigned long long)0 - 1);
  long long x = 123456789012345LL;
  x = x - x + 7;
  return (int)x;
}
