// expect: exit 42
// expect-output: -9223372036854775808
// expect-output: 9223372036854775807 x
// expect-output: 9223372036854775807
// expect-output: -9223372036854775808
// expect-output: 7fffffffffffffff
// expect-output: 511
// expect-output: 18446744073709551615
// expect-output: 18446744073709551615
// expect-output: 18446744073709551615
// expect-output: ffffffff00000000
// expect-output: 1295
// expect-output: -5000000000 12
// expect-output: 0 1
// strtoll, strtoull and atoll: bases, signs, end pointers and saturation when out of range.
#include <stdio.h>
#include <stdlib.h>
int main(void) {
  char *end;
  printf("%lld\n", strtoll("  -9223372036854775808", &end, 10));
  long long v = strtoll("9223372036854775807xyz", &end, 10);
  printf("%lld %c\n", v, *end);
  printf("%lld\n", strtoll("9223372036854775808", NULL, 10));
  printf("%lld\n", strtoll("-99999999999999999999", NULL, 10));
  printf("%llx\n", strtoll("0x7fffffffffffffff", NULL, 0));
  printf("%lld\n", strtoll("0777", NULL, 0));
  printf("%llu\n", strtoull("18446744073709551615", NULL, 10));
  printf("%llu\n", strtoull("18446744073709551616", NULL, 10));
  printf("%llu\n", strtoull("-1", NULL, 10));
  printf("%llx\n", strtoull("FfFfFfFf00000000", &end, 16));
  printf("%lld\n", strtoll("zz", NULL, 36));
  printf("%lld %lld\n", atoll("-5000000000"), atoll("12abc"));
  const char *s = "abc";
  v = strtoll(s, &end, 10);
  printf("%lld %d\n", v, end == s);
  return (int)strtoll("42", NULL, 10);
}
