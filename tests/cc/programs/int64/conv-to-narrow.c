// expect: exit 66
// expect-output: -1698898192 2596069104 -8464 57072 -16 240
// expect-output: -2147483647 2147483649
// expect-output: -1 0
// expect-output: -1
// expect-output: 5
// Narrowing a 64-bit value keeps its low bits.
// expect-warning: overflow in conversion from 'long long int' to 'long int' changes value from '9223372032559808517' to '5' [-Woverflow]
#include <stdio.h>
int main(void) {
  long long v = 0x123456789abcdef0LL;
  unsigned long long m = 0xffffffff80000001ULL;
  int i = v;
  unsigned u = v;
  short s = v;
  unsigned short us = v;
  char c = v;
  unsigned char uc = v;
  printf("%d %u %d %d %d %d\n", i, u, s, us, c, uc);
  printf("%d %u\n", (int)m, (unsigned)m);
  printf("%d %d\n", (int)(-1LL), (int)(0x100000000LL));
  printf("%d\n", (short)-65537LL);
  long l = 0x7fffffff00000005LL;
  printf("%ld\n", l);
  return (unsigned char)0x1ff00000042LL;
}
