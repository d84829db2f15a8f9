// expect: exit 1
// expect-output: ffffffff 100000000
// expect-output: 100000001 100000001
// expect-output: 100000000 ffffffff
// expect-output: fffffffe fffffffe
// expect-output: 0 -1
// expect-output: 18446744073709551615 0
// expect-output: 18446744073709551615
// ++ and -- carry across the 32-bit boundary, pre and post, signed and unsigned.
#include <stdio.h>
int main(void) {
  long long a = 0xffffffffLL, b = 0x100000000LL, z = 0, old;
  unsigned long long m = 0xffffffffffffffffULL, uold;
  old = a++; printf("%llx %llx\n", old, a);
  old = ++a; printf("%llx %llx\n", old, a);
  old = b--; printf("%llx %llx\n", old, b);
  old = --b; printf("%llx %llx\n", old, b);
  old = z--; printf("%lld %lld\n", old, z);
  uold = m++; printf("%llu %llu\n", uold, m);
  uold = --m; printf("%llu\n", uold);
  return (int)(a - 0x100000000LL);
}
