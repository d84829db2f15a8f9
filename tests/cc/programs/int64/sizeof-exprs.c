// expect: exit 8
// expect-output: 8 4 8
// expect-output: 8 8 4
// expect-output: 4 4
// expect-output: 4 8
// expect-output: 8 8
// expect-output: 0
// sizeof of expressions follows the 64-bit conversion rules.
#include <stdio.h>
int main(void) {
  long long ll = 0;
  char c = 0;
  unsigned u = 0;
  printf("%d %d %d\n", (int)sizeof(ll + c), (int)sizeof(c + c), (int)sizeof(u * ll));
  printf("%d %d %d\n", (int)sizeof(-ll), (int)sizeof(~ll), (int)sizeof(!ll));
  printf("%d %d\n", (int)sizeof(ll < 1), (int)sizeof(ll && 1));
  printf("%d %d\n", (int)sizeof(c << ll), (int)sizeof(ll << c));
  printf("%d %d\n", (int)sizeof(ll++), (int)sizeof(ll = 5));
  printf("%lld\n", ll);   /* sizeof does not evaluate */
  return (int)sizeof(1 ? c : ll);
}
