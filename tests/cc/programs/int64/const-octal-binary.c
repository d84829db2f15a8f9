// expect: exit 63
// expect-output: 68719476735 fffffffff
// expect-output: 1034834473200 f0f0f0f0f0
// expect-output: 8000000000000000
// Octal and binary 64-bit constants.
#include <stdio.h>
int main(void) {
  long long o = 0777777777777LL;
  unsigned long long b = 0b1111000011110000111100001111000011110000ULL;
  printf("%lld %llx\n", o, o);
  printf("%llu %llx\n", b, b);
  printf("%llx\n", 01000000000000000000000);
  return (int)(o & 0x3f);
}
