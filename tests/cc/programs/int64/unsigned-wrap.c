// expect: exit 4
// expect-output: 0 18446744073709551615
// expect-output: 18446744073709551614
// expect-output: 1
// expect-output: 4
// expect-output: ffffffff00000000
// Unsigned long long arithmetic wraps modulo 2^64 in both directions.
#include <stdio.h>
#include <stdint.h>
int main(void) {
  uint64_t max = UINT64_MAX, zero = 0;
  printf("%llu %llu\n", max + 1, zero - 1);
  printf("%llu\n", max + max);
  printf("%llu\n", zero - max);
  uint64_t countdown = 2;
  int steps = 0;
  while (countdown != UINT64_MAX - 1) { countdown--; steps++; }
  printf("%d\n", steps);
  printf("%llx\n", (uint64_t)-0x100000000LL);
  return steps;
}
