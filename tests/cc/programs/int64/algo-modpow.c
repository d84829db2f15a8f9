// expect: exit 1
// expect-output: 235042059
// expect-output: 4198086471
// expect-output: 730701112
// expect-output: 1
// Modular exponentiation with a 64-bit accumulator (products stay below 2^64).
#include <stdio.h>
unsigned long long modpow(unsigned long long b, unsigned long long e, unsigned long long m) {
  unsigned long long r = 1;
  b %= m;
  while (e) {
    if (e & 1) r = r * b % m;
    b = b * b % m;
    e >>= 1;
  }
  return r;
}
int main(void) {
  printf("%llu\n", modpow(2, 1000000, 1000000007));
  printf("%llu\n", modpow(3, 0xffffffffffffULL, 4294967291ULL));
  printf("%llu\n", modpow(123456789, 987654321, 998244353));
  int p = 0;
  unsigned long long n;
  for (n = 4294967001ULL; n < 4294967001ULL + 80; n += 2)
    if (modpow(2, n - 1, n) == 1) p++;
  printf("%d\n", p);
  return p;
}
