// expect: exit 24
// expect-output: 0 0 -1
// expect-output: 1 8000000000000000 0
// expect-output: 64 ffffffffffffffff 0
// expect-output: 1 1 63
// expect-output: 32 f7b3d591e6a2c480 0
// Counting and reversing the bits of 64-bit words with masks and shifts.
#include <stdio.h>
int popcount(unsigned long long x) {
  x = x - ((x >> 1) & 0x5555555555555555ULL);
  x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
  x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0fULL;
  return (int)((x * 0x0101010101010101ULL) >> 56);
}
unsigned long long reverse(unsigned long long x) {
  unsigned long long r = 0;
  int i;
  for (i = 0; i < 64; i++) { r = (r << 1) | (x & 1); x >>= 1; }
  return r;
}
int lowest_bit(unsigned long long x) {
  int n = 0;
  if (!x) return -1;
  while (!(x & 1)) { x >>= 1; n++; }
  return n;
}
int main(void) {
  unsigned long long v[] = { 0, 1, 0xffffffffffffffffULL, 0x8000000000000000ULL, 0x0123456789abcdefULL };
  int i;
  for (i = 0; i < 5; i++) printf("%d %llx %d\n", popcount(v[i]), reverse(v[i]), lowest_bit(v[i]));
  return popcount(0xf0f0f0f0f0f0ULL);
}
