// expect: exit 42
// expect-output: 4294967292
// expect-output: -1
// expect-output: 0
// va_arg(ap, long long) reads two slots from a variadic argument block.
#include <stdio.h>
#include <stdarg.h>
long long sum(int n, ...) {
  va_list ap;
  long long total = 0;
  va_start(ap, n);
  while (n--) total += va_arg(ap, long long);
  va_end(ap);
  return total;
}
int main(void) {
  printf("%lld\n", sum(3, 1LL, 0x100000000LL, -5LL));
  printf("%lld\n", sum(4, 9000000000000000000LL, 1LL, -9000000000000000000LL, -2LL));
  printf("%lld\n", sum(0));
  return (int)sum(2, 20LL, 22LL);
}
