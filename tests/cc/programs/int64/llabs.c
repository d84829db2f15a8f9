// expect: exit 42
// expect-output: 5000000000 5000000000 0
// expect-output: 9223372036854775807 1
// expect-output: 7 8
// llabs from <stdlib.h> and a hand-written 64-bit abs.
#include <stdio.h>
#include <stdlib.h>
long long my_abs(long long v) { return v < 0 ? -v : v; }
int main(void) {
  printf("%lld %lld %lld\n", llabs(-5000000000LL), llabs(5000000000LL), llabs(0));
  printf("%lld %lld\n", my_abs(-9223372036854775807LL), my_abs(-1));
  printf("%ld %d\n", labs(-7L), abs(-8));
  return (int)llabs(-0x10000002aLL);
}
