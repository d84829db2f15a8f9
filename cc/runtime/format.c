/* format.c: the printf engine of fprintf, sprintf, snprintf and the v*
 * variants (printf itself is the kernel's). Integer conversions only:
 * %d %i %u %x %X %o %c %s %p %n %%, the flags - + space # 0, width and
 * precision (also as *), the lengths hh h l ll j z t. An unknown conversion
 * is printed as written and takes no argument, as glibc does. */
#include <stdio.h>
#include <stdarg.h>
#include <string.h>

/* Where characters go: a FILE, or a buffer of cap bytes (cap 0: count only). */
struct __sink {
    FILE *file;
    char *buf;
    size_t cap;
    int count;
};

static void put(struct __sink *out, int c)
{
    if (out->file) fputc(c, out->file);
    else if ((size_t)out->count + 1 < out->cap) out->buf[out->count] = (char)c;
    out->count++;
}

static void repeat(struct __sink *out, int c, int n)
{
    while (n-- > 0) put(out, c);
}

struct spec {
    int left, plus, space, alt, zero;
    int width;
    int precision; /* -1: none */
    int size;      /* 0 int, 1 char, 2 short, 4 long, 8 long long */
};

/* One integer: sign, prefix, precision zeros, width padding. */
static void put_integer(struct __sink *out, struct spec *sp, unsigned long long v, int negative,
                        int base, int upper, int is_signed)
{
    char digits[24];
    const char *set = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    const char *prefix = "";
    int n = 0, zeros, len, i;
    while (v != 0) {
        digits[n++] = set[(int)(v % (unsigned)base)];
        v /= (unsigned)base;
    }
    if (n == 0 && sp->precision != 0) digits[n++] = '0';
    if (is_signed && negative) prefix = "-";
    else if (is_signed && sp->plus) prefix = "+";
    else if (is_signed && sp->space) prefix = " ";
    else if (sp->alt && base == 16 && n > 0 && !(n == 1 && digits[0] == '0')) prefix = upper ? "0X" : "0x";
    zeros = sp->precision > n ? sp->precision - n : 0;
    if (sp->alt && base == 8 && zeros == 0 && (n == 0 || digits[n - 1] != '0')) zeros = 1;
    len = (int)strlen(prefix) + zeros + n;
    if (sp->zero && !sp->left && sp->precision < 0 && sp->width > len) {
        zeros += sp->width - len;
        len = sp->width;
    }
    if (!sp->left) repeat(out, ' ', sp->width - len);
    for (i = 0; prefix[i]; i++) put(out, prefix[i]);
    repeat(out, '0', zeros);
    while (n > 0) put(out, digits[--n]);
    if (sp->left) repeat(out, ' ', sp->width - len);
}

static void put_text(struct __sink *out, struct spec *sp, const char *s)
{
    int n = 0;
    if (s == NULL) s = sp->precision >= 0 && sp->precision < 6 ? "" : "(null)";
    while (s[n] && (sp->precision < 0 || n < sp->precision)) n++;
    if (!sp->left) repeat(out, ' ', sp->width - n);
    for (int i = 0; i < n; i++) put(out, s[i]);
    if (sp->left) repeat(out, ' ', sp->width - n);
}

static void store_count(va_list *ap, int size, int count)
{
    void *p = va_arg(*ap, void *);
    if (size == 1) *(signed char *)p = (signed char)count;
    else if (size == 2) *(short *)p = (short)count;
    else if (size == 8) *(long long *)p = count;
    else *(int *)p = count;
}

/* The engine; returns the number of characters the full output has. */
int __format(struct __sink *out, const char *fmt, va_list ap)
{
    while (*fmt) {
        const char *start = fmt;
        struct spec sp;
        int conv;
        if (*fmt != '%') { put(out, *fmt++); continue; }
        fmt++;
        memset(&sp, 0, sizeof sp);
        sp.precision = -1;
        for (;; fmt++) {
            if (*fmt == '-') sp.left = 1;
            else if (*fmt == '+') sp.plus = 1;
            else if (*fmt == ' ') sp.space = 1;
            else if (*fmt == '#') sp.alt = 1;
            else if (*fmt == '0') sp.zero = 1;
            else break;
        }
        if (*fmt == '*') {
            sp.width = va_arg(ap, int);
            if (sp.width < 0) { sp.left = 1; sp.width = -sp.width; }
            fmt++;
        } else {
            while (*fmt >= '0' && *fmt <= '9') sp.width = sp.width * 10 + (*fmt++ - '0');
        }
        if (*fmt == '.') {
            fmt++;
            sp.precision = 0;
            if (*fmt == '*') {
                sp.precision = va_arg(ap, int);
                if (sp.precision < 0) sp.precision = -1;
                fmt++;
            } else {
                while (*fmt >= '0' && *fmt <= '9') sp.precision = sp.precision * 10 + (*fmt++ - '0');
            }
        }
        if (fmt[0] == 'h' && fmt[1] == 'h') { sp.size = 1; fmt += 2; }
        else if (fmt[0] == 'l' && fmt[1] == 'l') { sp.size = 8; fmt += 2; }
        else if (*fmt == 'h') { sp.size = 2; fmt++; }
        else if (*fmt == 'j' || *fmt == 'q') { sp.size = 8; fmt++; }
        else if (*fmt == 'l' || *fmt == 'z' || *fmt == 't') { sp.size = 4; fmt++; }
        conv = *fmt;
        if (conv == 'd' || conv == 'i') {
            long long v;
            if (sp.size == 8) v = va_arg(ap, long long);
            else v = va_arg(ap, int);
            if (sp.size == 1) v = (signed char)v;
            else if (sp.size == 2) v = (short)v;
            put_integer(out, &sp, v < 0 ? 0 - (unsigned long long)v : (unsigned long long)v, v < 0, 10, 0, 1);
        } else if (conv == 'u' || conv == 'x' || conv == 'X' || conv == 'o') {
            unsigned long long v;
            if (sp.size == 8) v = va_arg(ap, unsigned long long);
            else v = va_arg(ap, unsigned);
            if (sp.size == 1) v = (unsigned char)v;
            else if (sp.size == 2) v = (unsigned short)v;
            put_integer(out, &sp, v, 0, conv == 'u' ? 10 : conv == 'o' ? 8 : 16, conv == 'X', 0);
        } else if (conv == 'p') {
            void *p = va_arg(ap, void *);
            if (p == NULL) { sp.precision = -1; put_text(out, &sp, "(nil)"); }
            else { sp.alt = 1; put_integer(out, &sp, (unsigned)p, 0, 16, 0, 0); }
        } else if (conv == 'c') {
            char c[2];
            c[0] = (char)va_arg(ap, int);
            c[1] = 0;
            sp.precision = -1;
            if (!sp.left) repeat(out, ' ', sp.width - 1);
            put(out, c[0]);
            if (sp.left) repeat(out, ' ', sp.width - 1);
        } else if (conv == 's') {
            put_text(out, &sp, va_arg(ap, const char *));
        } else if (conv == 'n') {
            store_count(&ap, sp.size, out->count);
        } else if (conv == '%') {
            put(out, '%');
        } else {
            /* Unknown (or a missing) conversion: written out as it stands. */
            while (start < fmt) put(out, *start++);
            continue;
        }
        fmt++;
    }
    return out->count;
}

int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap)
{
    struct __sink out;
    out.file = NULL;
    out.buf = buf;
    out.cap = size;
    out.count = 0;
    __format(&out, fmt, ap);
    if (size > 0) buf[(size_t)out.count < size ? (size_t)out.count : size - 1] = 0;
    return out.count;
}

int vsprintf(char *buf, const char *fmt, va_list ap)
{
    return vsnprintf(buf, 0x7fffffff, fmt, ap);
}

int vfprintf(FILE *f, const char *fmt, va_list ap)
{
    struct __sink out;
    out.file = f;
    out.buf = NULL;
    out.cap = 0;
    out.count = 0;
    return __format(&out, fmt, ap);
}

int vprintf(const char *fmt, va_list ap)
{
    return vfprintf(stdout, fmt, ap);
}

int fprintf(FILE *f, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    return vfprintf(f, fmt, ap);
}

int sprintf(char *buf, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    return vsprintf(buf, fmt, ap);
}

int snprintf(char *buf, size_t size, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    return vsnprintf(buf, size, fmt, ap);
}
