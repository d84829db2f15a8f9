// expect: exit 0
// expect-output: 1,4,9,16,25,36,49,64,81,100,121,144
// expect-output: 35 35
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
/* A growing string builder over vsnprintf. */
#include <stdarg.h>
struct sb { char *s; int len, cap; };
static void sb_printf(struct sb *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int need = vsnprintf(b->s + b->len, b->cap - b->len, fmt, ap);
  va_end(ap);
  if (b->len + need + 1 > b->cap) {
    while (b->len + need + 1 > b->cap) b->cap *= 2;
    b->s = realloc(b->s, b->cap);
    va_start(ap, fmt);
    vsnprintf(b->s + b->len, b->cap - b->len, fmt, ap);
    va_end(ap);
  }
  b->len += need;
}
int main(void) {
  struct sb b = { malloc(4), 0, 4 };
  b.s[0] = 0;
  for (int i = 1; i <= 12; i++) sb_printf(&b, "%d%s", i * i, i < 12 ? "," : "");
  printf("%s\n%d %d\n", b.s, b.len, (int)strlen(b.s));
  free(b.s);
  return 0;
}
