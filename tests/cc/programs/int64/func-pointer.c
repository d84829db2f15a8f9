// expect: exit 42
// expect-output: 3000000003
// expect-output: 9000000000
// expect-output: -17179869184
// expect-output: -4294967296
// Calls through function pointers pass and return long long.
#include <stdio.h>
typedef long long (*binop)(long long, long long);
long long add(long long a, long long b) { return a + b; }
long long mul(long long a, long long b) { return a * b; }
long long apply(binop f, long long a, long long b) { return f(a, b); }
int main(void) {
  binop ops[2] = { add, mul };
  int i;
  for (i = 0; i < 2; i++) printf("%lld\n", ops[i](3000000000LL, 3));
  printf("%lld\n", apply(mul, -4, 0x100000000LL));
  long long (*f)(long long, long long) = &add;
  printf("%lld\n", (*f)(-1, -0xffffffffLL));
  return (int)apply(add, 40, 2);
}
