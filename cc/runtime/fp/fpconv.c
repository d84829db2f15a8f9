/* fpconv.c: the helpers that cc's floating-point code calls, and printf for
 * floating arguments. */
#include <stdio.h>
#include <stdarg.h>

/* double -> unsigned long long (libgcc's name and cdecl signature): FISTP is
 * signed, so values of 2^63 and more are converted less 2^63, then the top
 * bit is set again. */
unsigned long long __fixunsdfdi(double x)
{
    if (x >= 9223372036854775808.0)
        return (unsigned long long)(long long)(x - 9223372036854775808.0) ^ 0x8000000000000000ULL;
    return (unsigned long long)(long long)x;
}

/* printf with a float or double argument: the kernel's formatter (behind the
 * printf system call) has no floating point, so cc sends such calls here, to
 * the runtime's formatter writing to stdout. */
int __printf_float(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    return vprintf(fmt, ap);
}
