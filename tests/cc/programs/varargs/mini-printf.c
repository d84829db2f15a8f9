// expect: exit 0
// expect-output: n=42 s=ok c=!
#include <stdio.h>
#include <stdarg.h>
void out_int(int v) { if (v < 0) { putchar('-'); v = -v; } if (v >= 10) out_int(v / 10); putchar('0' + v % 10); }
void myprintf(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  for (; *fmt; fmt++) {
    if (*fmt != '%') { putchar(*fmt); continue; }
    fmt++;
    if (*fmt == 'd') out_int(va_arg(ap, int));
    else if (*fmt == 's') { char *s = va_arg(ap, char *); while (*s) putchar(*s++); }
    else if (*fmt == 'c') putchar(va_arg(ap, int));
  }
  va_end(ap);
}
int main(void) { myprintf("n=%d s=%s c=%c\n", 42, "ok", '!'); return 0; }
