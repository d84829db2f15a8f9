// expect: exit 0
// expect-output: -9223372036854775808 9223372036854775807 18446744073709551615
// expect-output: -9223372036854775808 9223372036854775807 18446744073709551615
// expect-output: 1 -1
// expect-output: 0
// expect-output: -2147483648 2147483647 4294967295
// expect-output: -2147483648 2147483647 4294967295
// expect-output: 9223372036854775807 18446744073709551615
// <limits.h> and <stdint.h> ranges of the 64-bit types.
#include <stdio.h>
#include <limits.h>
#include <stdint.h>
int main(void) {
  printf("%lld %lld %llu\n", LLONG_MIN, LLONG_MAX, ULLONG_MAX);
  printf("%lld %lld %llu\n", INT64_MIN, INT64_MAX, UINT64_MAX);
  printf("%d %d\n", LLONG_MIN < 0, (int)(LLONG_MIN + LLONG_MAX));
  printf("%llu\n", ULLONG_MAX + 1);
  printf("%d %d %u\n", INT_MIN, INT_MAX, UINT_MAX);
  printf("%ld %ld %lu\n", LONG_MIN, LONG_MAX, ULONG_MAX);
  printf("%lld %llu\n", INTMAX_MAX, UINTMAX_MAX);
  return 0;
}
