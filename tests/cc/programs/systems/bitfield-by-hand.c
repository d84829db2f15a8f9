// expect: exit 0
// expect-output: 5 3 1
#include <stdio.h>
#define GET(v, shift, bits) (((v) >> (shift)) & ((1u << (bits)) - 1))
#define SET(v, shift, bits, x) ((v) = ((v) & ~(((1u << (bits)) - 1) << (shift))) | (((x) & ((1u << (bits)) - 1)) << (shift)))
int main(void) {
  unsigned r = 0;
  SET(r, 0, 3, 5);
  SET(r, 3, 2, 3);
  SET(r, 5, 1, 1);
  printf("%u %u %u\n", GET(r, 0, 3), GET(r, 3, 2), GET(r, 5, 1));
  return 0;
}
