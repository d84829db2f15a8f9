// expect: exit 0
// expect-output: 18446744073709551615 0
// expect-output: 9223372036854775807 1
// expect-output: 6148914691236517205 0
// expect-output: 4294967295 4294967295
// expect-output: 1 1
// expect-output: 1 1
// expect-output: 0
// Unsigned division at the top of the range.
#include <stdio.h>
#include <stdint.h>
unsigned long long d(unsigned long long a, unsigned long long b) { return a / b; }
unsigned long long m(unsigned long long a, unsigned long long b) { return a % b; }
int main(void) {
  uint64_t max = UINT64_MAX;
  printf("%llu %llu\n", d(max, 1), m(max, 1));
  printf("%llu %llu\n", d(max, 2), m(max, 2));
  printf("%llu %llu\n", d(max, 3), m(max, 3));
  printf("%llu %llu\n", d(max, 0x100000000ULL), m(max, 0x100000000ULL));
  printf("%llu %llu\n", d(max, max), m(max, max - 1));
  printf("%llu %llu\n", d(0x8000000000000000ULL, 0x7fffffffffffffffULL), m(0x8000000000000000ULL, 0x7fffffffffffffffULL));
  printf("%llu\n", d(5, max));
  return 0;
}
