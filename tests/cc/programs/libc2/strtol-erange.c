// expect: exit 0
// expect-output: 1 1
// expect-output: 1 1
// expect-output: 1 1
// expect-output: 1 1
// expect-output: 2147483647 0
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <limits.h>
int main(void) {
  errno = 0;
  long a = strtol("99999999999", NULL, 10);
  printf("%d %d\n", a == LONG_MAX, errno == ERANGE);
  errno = 0;
  long b = strtol("-99999999999", NULL, 10);
  printf("%d %d\n", b == LONG_MIN, errno == ERANGE);
  errno = 0;
  unsigned long c = strtoul("99999999999", NULL, 10);
  printf("%d %d\n", c == ULONG_MAX, errno == ERANGE);
  errno = 0;
  long long d = strtoll("9223372036854775808", NULL, 10);
  printf("%d %d\n", d == LLONG_MAX, errno == ERANGE);
  errno = 0;
  long e = strtol("2147483647", NULL, 10);
  printf("%ld %d\n", e, errno);
  return 0;
}
