// expect: exit 0
// expect-output: f000f000000000 fff0fff0ffffffff ff00ff00ffffffff
// expect-output: aaaaaaaa f0f0f1f0aaaaaaaa
// expect-output: 7fffffff00000000
// expect-output: -1
// expect-output: 4294967295
// expect-output: 8040201008040201
// & | ^ act on both halves.
#include <stdio.h>
int main(void) {
  unsigned long long a = 0xf0f0f0f0aaaaaaaaULL, b = 0x0ff00ff055555555ULL;
  long long s = -0x100000000LL;
  printf("%llx %llx %llx\n", a & b, a | b, a ^ b);
  printf("%llx %llx\n", a & 0xffffffffULL, a | 0x1ULL << 40);
  printf("%llx\n", s & 0x7fffffffffffffffLL);
  printf("%lld\n", s | 0xffffffffLL);
  printf("%lld\n", s ^ -1LL);
  unsigned long long bits = 0;
  int i;
  for (i = 0; i < 64; i += 9) bits |= 1ULL << i;
  printf("%llx\n", bits);
  return (int)((a ^ a) + (b & 0));
}
