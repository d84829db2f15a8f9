// expect: exit 0
// expect-output: 8 8 8 8
// expect-output: 1 1
// expect-output: 1 1
// expect-output: 8
// expect-output: 1
// expect-output: 123 18446744073709551615
// expect-output: 4 4
// LL, ll, ULL, uLL, LLU, llu suffixes and the signedness they give.
#include <stdio.h>
int main(void) {
  printf("%d %d %d %d\n", (int)sizeof(1LL), (int)sizeof(1ll), (int)sizeof(1ULL), (int)sizeof(1LLU));
  printf("%d %d\n", -1LL < 0, 0uLL - 1 > 0);
  printf("%d %d\n", 1llu - 2 > 0, 0x7fffffffffffffffLL > 0);
  printf("%d\n", (int)sizeof(0xffffffffLL));
  printf("%d\n", 0xffffffffffffffffLL > 0);      /* too big for long long: unsigned */
  printf("%lld %llu\n", 123LL, 18446744073709551615ULL);
  printf("%d %d\n", (int)sizeof(1L), (int)sizeof(1UL));
  return 0;
}
