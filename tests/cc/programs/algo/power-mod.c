// expect: exit 0
// expect-output: 1024 445
#include <stdio.h>
unsigned powmod(unsigned b, unsigned e, unsigned m) {
  unsigned r = 1; b %= m;
  while (e) { if (e & 1) r = r * b % m; b = b * b % m; e >>= 1; }
  return r;
}
int main(void) { printf("%u %u\n", powmod(2, 10, 100000), powmod(4, 13, 497)); return 0; }
