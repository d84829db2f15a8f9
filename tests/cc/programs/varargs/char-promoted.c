// expect: exit 0
// expect-output: xyz
#include <stdio.h>
#include <stdarg.h>
void chars(int n, ...) {
  va_list ap;
  va_start(ap, n);
  while (n--) putchar(va_arg(ap, int));
  va_end(ap);
  putchar('\n');
}
int main(void) { char x = 'x', y = 'y'; chars(3, x, y, 'z'); return 0; }
