// expect: exit 0
// expect-output: 4 8 8
// expect-output: 1
// expect-output: 1
// expect-output: 2147483648 -4294967296
// expect-output: 9223372036854775807
// expect-output: 8
// Unsuffixed decimal constants too big for int become long long, never unsigned.
#include <stdio.h>
int main(void) {
  printf("%d %d %d\n", (int)sizeof(2147483647), (int)sizeof(2147483648), (int)sizeof(4294967295));
  printf("%d\n", -2147483648 < 0);
  printf("%d\n", 4294967295 > 0 && -4294967295 < 0);
  printf("%lld %lld\n", 2147483648, -4294967296);
  printf("%lld\n", 9223372036854775807);
  printf("%d\n", (int)sizeof(9223372036854775807));
  return 0;
}
