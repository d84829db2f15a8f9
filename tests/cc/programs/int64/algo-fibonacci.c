// expect: exit 69
// expect-output: F(91) = 4660046610375530309
// expect-output: F(92) = 7540113804746346429
// expect-output: F(93) = 12200160415121876738
// Fibonacci numbers up to F(92), the largest that fits in long long.
#include <stdio.h>
int main(void) {
  long long a = 0, b = 1, t;
  int i;
  for (i = 0; i < 91; i++) { t = a + b; a = b; b = t; }
  printf("F(91) = %lld\n", a);
  printf("F(92) = %lld\n", b);
  unsigned long long ua = 0, ub = 1, ut;
  for (i = 0; i < 93; i++) { ut = ua + ub; ua = ub; ub = ut; }
  printf("F(93) = %llu\n", ua);
  return (int)(a % 256);
}
