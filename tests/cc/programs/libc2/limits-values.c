// expect: exit 0
// expect-output: 8 -128 127 255
// expect-output: -32768 32767 65535
// expect-output: -2147483648 2147483647 4294967295
// expect-output: -2147483648 2147483647 4294967295
// expect-output: -9223372036854775808 9223372036854775807 18446744073709551615
// expect-output: -128 65535 -9223372036854775808
#include <stdio.h>
#include <limits.h>
#include <stdint.h>
int main(void) {
  printf("%d %d %d %d\n", CHAR_BIT, SCHAR_MIN, SCHAR_MAX, UCHAR_MAX);
  printf("%d %d %d\n", SHRT_MIN, SHRT_MAX, USHRT_MAX);
  printf("%d %d %u\n", INT_MIN, INT_MAX, UINT_MAX);
  printf("%ld %ld %lu\n", LONG_MIN, LONG_MAX, ULONG_MAX);
  printf("%lld %lld %llu\n", LLONG_MIN, LLONG_MAX, ULLONG_MAX);
  printf("%d %u %lld\n", INT8_MIN, UINT16_MAX, (long long)INT64_MIN);
  return 0;
}
