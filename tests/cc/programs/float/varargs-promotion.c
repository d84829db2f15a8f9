// expect: exit 0
// expect-output: 4.750
// expect-output: 2.500
// expect-output: 1.25 2.50
/* float arguments to a variadic function arrive as double. */
#include <stdio.h>
#include <stdarg.h>
static double sum(int n, ...)
{
    va_list ap;
    double s = 0;
    va_start(ap, n);
    while (n-- > 0) s += va_arg(ap, double);
    va_end(ap);
    return s;
}
int main(void)
{
    float f = 1.25f;
    printf("%.3f\n", sum(3, 1.5, f, 2.0));
    printf("%.3f\n", sum(2, f, f));
    printf("%.2f %.2f\n", f, f * 2);
    return 0;
}
