// expect: exit 0
// expect-output: a-bb-ccc
#include <stdio.h>
#include <stdarg.h>
void join(int n, ...) {
  va_list ap;
  va_start(ap, n);
  for (int i = 0; i < n; i++) { if (i) putchar('-'); printf("%s", va_arg(ap, char *)); }
  va_end(ap);
  putchar('\n');
}
int main(void) { join(3, "a", "bb", "ccc"); return 0; }
