// expect: exit 12
// expect-output: 21000000147
// expect-output: 4294967295
// expect-output: 3486784401
// expect-output: 12884901888
// expect-output: 17
// Euclid's algorithm on 64-bit numbers, with % through the runtime helpers.
#include <stdio.h>
unsigned long long gcd(unsigned long long a, unsigned long long b) {
  while (b) { unsigned long long t = a % b; a = b; b = t; }
  return a;
}
long long lcm(long long a, long long b) { return a / (long long)gcd(a, b) * b; }
int main(void) {
  printf("%llu\n", gcd(1071ULL * 1000000007ULL, 462ULL * 1000000007ULL));
  printf("%llu\n", gcd(0xffffffffffffffffULL, 0xffffffffULL));
  printf("%llu\n", gcd(12157665459056928801ULL, 3486784401ULL));
  printf("%lld\n", lcm(4294967296LL, 6));
  printf("%llu\n", gcd(17, 0));
  return (int)gcd(84, 36);
}
