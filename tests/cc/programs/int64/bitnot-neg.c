// expect: exit 3
// expect-output: -4294967296 -4294967297
// expect-output: 0 -1
// expect-output: 9223372036854775807 9223372036854775806
// expect-output: 18446744073709551615 fffffffffffffffe
// expect-output: -4294967295
// expect-output: 5000000000
// expect-output: 4294967296
// ~ and unary minus carry across the halves.
#include <stdio.h>
int main(void) {
  long long a = 0x100000000LL, z = 0, m = -9223372036854775807LL;
  unsigned long long u = 1;
  printf("%lld %lld\n", -a, ~a);
  printf("%lld %lld\n", -z, ~z);
  printf("%lld %lld\n", -m, ~m);
  printf("%llu %llx\n", -u, ~u);
  printf("%lld\n", -(long long)0xffffffffU);
  printf("%lld\n", -(-5000000000LL));
  printf("%lld\n", +a);
  return (int)~(~3LL);
}
