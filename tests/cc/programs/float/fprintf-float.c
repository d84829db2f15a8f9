// expect: exit 0
// expect-output: 2.50 ok
// expect-output: 7 0.125 z
// expect-output:  10.0|0.0  |
/* fprintf and vfprintf on stdout format floats like printf. */
#include <stdio.h>
#include <stdarg.h>
static void report(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stdout, fmt, ap);
    va_end(ap);
}
int main(void)
{
    fprintf(stdout, "%.2f %s\n", 2.5, "ok");
    report("%d %.3f %c\n", 7, 0.125, 'z');
    report("%5.1f|%-5.1f|\n", 9.99, 0.04);
    return 0;
}
