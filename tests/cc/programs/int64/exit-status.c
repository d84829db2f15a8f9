// expect: exit 123
// expect-output: 123456780000007b
// main's status is the low bits of a 64-bit result.
#include <stdio.h>
long long compute(void) { return 0x1234567800000000LL + 0x7b; }
int main(void) {
  long long v = compute();
  printf("%llx\n", v);
  return (int)v;
}
