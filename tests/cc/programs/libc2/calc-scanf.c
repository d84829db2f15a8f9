// expect: exit 5
// expect-output: 1 + 2 = 3
// expect-output: 100 * -3 = -300
// expect-output: 7 / 2 = 3
// expect-output: division by zero
// expect-output: 9000000000 - 1 = 8999999999
// expect-output: 17 % 5 = 2
// expect-output: unknown operator ^
// expect-output: 5 results
// stdin: 1 + 2
// stdin: 100 * -3
// stdin: 7/2
// stdin: 5 / 0
// stdin: 9000000000 - 1
// stdin: 17 % 5
// stdin: 3 ^ 4
/* A calculator driven by scanf: "a op b" per line until end of input. */
#include <stdio.h>
int main(void) {
  long long a, b;
  char op;
  int n = 0;
  while (scanf("%lld %c %lld", &a, &op, &b) == 3) {
    long long r = 0;
    if (op == '+') r = a + b;
    else if (op == '-') r = a - b;
    else if (op == '*') r = a * b;
    else if (op == '/') { if (b == 0) { printf("division by zero\n"); continue; } r = a / b; }
    else if (op == '%') r = a % b;
    else { printf("unknown operator %c\n", op); continue; }
    printf("%lld %c %lld = %lld\n", a, op, b, r);
    n++;
  }
  printf("%d results\n", n);
  return n;
}
