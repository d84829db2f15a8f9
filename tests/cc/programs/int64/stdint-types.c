// expect: exit 0
// expect-output: 1 1 2 2 4 4 8 8
// expect-output: -128 255 -32768 65535 -2147483648 4294967295
// expect-output: -5000000000 deadbeefcafe
// expect-output: 4 8
// expect-output: 4
// The exact-width types of <stdint.h> and their constant macros.
#include <stdio.h>
#include <stdint.h>
int main(void) {
  int8_t a = INT8_MIN; uint8_t b = UINT8_MAX; int16_t c = INT16_MIN; uint16_t d = UINT16_MAX;
  int32_t e = INT32_MIN; uint32_t f = UINT32_MAX; int64_t g = INT64_C(-5000000000); uint64_t h = UINT64_C(0xdeadbeefcafe);
  printf("%d %d %d %d %d %d %d %d\n", (int)sizeof a, (int)sizeof b, (int)sizeof c, (int)sizeof d,
         (int)sizeof e, (int)sizeof f, (int)sizeof g, (int)sizeof h);
  printf("%d %d %d %d %d %u\n", a, b, c, d, e, f);
  printf("%lld %llx\n", g, h);
  printf("%d %d\n", (int)sizeof(intptr_t), (int)sizeof(uintmax_t));
  uint8_t w = 250; w += 10;
  printf("%d\n", w);
  return 0;
}
