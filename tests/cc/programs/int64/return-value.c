// expect: exit 41
// expect-output: 15! = 1307674368000
// expect-output: 16! = 20922789888000
// expect-output: 17! = 355687428096000
// expect-output: 18! = 6402373705728000
// expect-output: 19! = 121645100408832000
// expect-output: 20! = 2432902008176640000
// expect-output: 18446744073709551615 -5000000000
// expect-output: -3 7
// expect-output: 840
// Functions return long long in EDX:EAX, through direct calls and recursion.
#include <stdio.h>
long long factorial(int n) { return n <= 1 ? 1 : n * factorial(n - 1); }
unsigned long long umax(void) { return 0xffffffffffffffffULL; }
long long neg(long long v) { return -v; }
long long from_int(int v) { return v; }
int to_int(long long v) { return v; }
int main(void) {
  int i;
  for (i = 15; i <= 20; i++) printf("%d! = %lld\n", i, factorial(i));
  printf("%llu %lld\n", umax(), neg(neg(-5000000000LL)));
  printf("%lld %d\n", from_int(-3), to_int(0x100000007LL));
  long long nested = factorial(5) + factorial(factorial(3));
  printf("%lld\n", nested);
  return (int)(factorial(20) % 251);
}
