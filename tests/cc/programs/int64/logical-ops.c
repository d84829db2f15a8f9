// expect: exit 2
// expect-output: 0 1 1
// expect-output: 1 0 1
// expect-output: 0 0
// expect-output: 100
// &&, || and ! see a long long as true when either half is nonzero.
#include <stdio.h>
int main(void) {
  long long hi = 0x100000000LL, lo = 1, zero = 0;
  unsigned long long top = 0x8000000000000000ULL;
  printf("%d %d %d\n", !hi, !zero, !!top);
  printf("%d %d %d\n", hi && lo, hi && zero, zero || top);
  printf("%d %d\n", zero || zero, !(hi || zero));
  int calls = 0;
  if (zero && ++calls) calls += 10;
  if (hi || ++calls) calls += 100;
  printf("%d\n", calls);
  return !hi + 2 * !!hi;
}
