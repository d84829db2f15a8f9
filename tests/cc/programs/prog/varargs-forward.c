// expect: exit 0
// expect-output: <a:1> <b:2>
#include <stdio.h>
#include <stdarg.h>
void vlog(const char *tag, va_list ap) { int v = va_arg(ap, int); printf("<%s:%d>", tag, v); }
void log2(const char *tag, ...) { va_list ap; va_start(ap, tag); vlog(tag, ap); va_end(ap); }
int main(void) { log2("a", 1); putchar(' '); log2("b", 2); putchar('\n'); return 0; }
