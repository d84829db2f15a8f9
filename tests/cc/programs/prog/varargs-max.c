// expect: exit 0
// expect-output: 9 -1
#include <stdio.h>
#include <stdarg.h>
int maxof(int n, ...) {
  va_list ap;
  va_start(ap, n);
  int m = va_arg(ap, int);
  for (int i = 1; i < n; i++) { int v = va_arg(ap, int); if (v > m) m = v; }
  va_end(ap);
  return m;
}
int main(void) { printf("%d %d\n", maxof(4, 3, 9, 2, 7), maxof(2, -5, -1)); return 0; }
