// expect: exit 0
// expect-output: 15 0
#include <stdio.h>
#include <stdarg.h>
int sum(int count, ...) {
  va_list ap;
  int s = 0;
  va_start(ap, count);
  for (int i = 0; i < count; i++) s += va_arg(ap, int);
  va_end(ap);
  return s;
}
int main(void) { printf("%d %d\n", sum(5, 1, 2, 3, 4, 5), sum(0)); return 0; }
