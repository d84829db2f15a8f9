// expect: exit 87
// expect-output: 0 49b8417dccab46ea
// expect-output: 1 aeb5562b34a56b8e
// expect-output: 2 593d891743b66190
// expect-output: 3 301dcd97e8c538de
// expect-output: 4 8f513a8080b15fbc
// expect-output: 5 5194ff3ae9bbd4f5
// expect-output: 6 6aa6ee104e5fb1df
// expect-output: 7 9411962e9b7cb49e
// expect-output: 8 eb814a0b9e01dd35
// expect-output: 9 c1db770c560ecf71
// expect-output: 10 d711ef56c98d5296
// expect-output: 11 6898e977d5022557
// Every 64-bit operator on 500 pseudo-random pairs (xorshift64), each folded into a checksum.
#include <stdio.h>
#include <stdint.h>
static uint64_t state = 0x9e3779b97f4a7c15ULL;
uint64_t next(void) {
  state ^= state << 13;
  state ^= state >> 7;
  state ^= state << 17;
  return state;
}
/* Operands of every magnitude: full 64-bit, 32-bit, small, and with the top bits set. */
uint64_t shaped(void) {
  uint64_t r = next();
  switch (r & 3) {
  case 0: return r;
  case 1: return r >> 32;
  case 2: return r >> 58;
  default: return r | 0xffffffff00000000ULL;
  }
}
uint64_t mix(uint64_t h, uint64_t v) { return (h ^ v) * 0x100000001b3ULL; }
int main(void) {
  uint64_t h[12] = { 0 };
  int i;
  unsigned cmp = 0;   /* unsigned: the running product wraps by definition */
  for (i = 0; i < 500; i++) {
    uint64_t ua = shaped(), ub = shaped() | 1;
    int64_t a = (int64_t)ua, b = (int64_t)ub;
    int n = (int)(next() & 63);
    h[0] = mix(h[0], ua + ub);
    h[1] = mix(h[1], ua - ub);
    h[2] = mix(h[2], ua * ub);
    h[3] = mix(h[3], ua / ub);
    h[4] = mix(h[4], ua % ub);
    if (!(a == INT64_MIN && b == -1)) {
      h[5] = mix(h[5], (uint64_t)(a / b));
      h[6] = mix(h[6], (uint64_t)(a % b));
    }
    h[7] = mix(h[7], ua << n);
    h[8] = mix(h[8], ua >> n);
    h[9] = mix(h[9], (uint64_t)(a >> n));
    h[10] = mix(h[10], (ua & ub) ^ (ua | ~ub));
    cmp = cmp * 7 + (a < b) + 2 * (ua < ub) + 4 * (a == b) + 8 * (a >= b);
    h[11] = mix(h[11], (uint64_t)cmp);
  }
  for (i = 0; i < 12; i++) printf("%d %016llx\n", i, h[i]);
  return (int)(h[11] & 0x7f);
}
