/* format.c: the printf engine of fprintf, sprintf, snprintf and the v*
 * variants (printf itself is the kernel's). Conversions %d %i %u %x %X %o %c
 * %s %p %n %%, the flags - + space # 0, width and precision (also as *), the
 * lengths hh h l ll j z t (and L). A program that uses floating point gets this file
 * compiled with __ringside_fp defined, which adds %f %F %e %E %g %G (exact
 * digits from fp/digits.c, correctly rounded) and %a %A. An unknown conversion is
 * printed as written and takes no argument, as glibc does. */
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

#ifdef __ringside_fp
int __fp_digits(double x, char *out, int *point);

/* A double's decimal digits: value = 0.d[0..n) * 10^point; digits past n are 0. */
struct fpdec {
    char d[800];
    int n;
    int point;
};

static int digit_at(struct fpdec *f, int i)
{
    return i >= 0 && i < f->n ? f->d[i] : '0';
}

/* Keep the first `keep` digits, rounding the exact value to nearest, ties to even. */
static void round_digits(struct fpdec *f, int keep)
{
    int up = 0, i;
    if (keep >= f->n) return;
    if (keep < 0) { f->n = 0; return; }
    if (f->d[keep] > '5') up = 1;
    else if (f->d[keep] == '5') {
        for (i = keep + 1; i < f->n; i++) if (f->d[i] != '0') up = 1;
        if (!up && keep > 0) up = (f->d[keep - 1] - '0') & 1;
    }
    f->n = keep;
    if (!up) return;
    for (i = keep - 1; i >= 0 && f->d[i] == '9'; i--) f->d[i] = '0';
    if (i >= 0) { f->d[i]++; return; }
    /* 99.9 rounded up is 100: one more integer digit. */
    memmove(f->d + 1, f->d, (size_t)keep);
    f->d[0] = '1';
    f->n = keep + 1;
    f->point++;
}

/* The characters of a number in %f style (no sign, no padding); put when out is set. */
static int fixed_chars(struct __sink *out, struct fpdec *f, int prec, int alt)
{
    int count = 0, i;
    if (f->point <= 0) { if (out) put(out, '0'); count++; }
    for (i = 0; i < f->point; i++) { if (out) put(out, digit_at(f, i)); count++; }
    if (prec > 0 || alt) { if (out) put(out, '.'); count++; }
    for (i = 0; i < prec; i++) { if (out) put(out, digit_at(f, f->point + i)); count++; }
    return count;
}

/* The same in %e style: d.ddde+XX, at least two exponent digits. */
static int exp_chars(struct __sink *out, struct fpdec *f, int prec, int alt, int upper)
{
    int count = 0, i, x = f->n == 0 ? 0 : f->point - 1, ax;
    char ex[8];
    int en = 0;
    if (out) put(out, digit_at(f, 0));
    count++;
    if (prec > 0 || alt) { if (out) put(out, '.'); count++; }
    for (i = 1; i <= prec; i++) { if (out) put(out, digit_at(f, i)); count++; }
    if (out) { put(out, upper ? 'E' : 'e'); put(out, x < 0 ? '-' : '+'); }
    count += 2;
    ax = x < 0 ? -x : x;
    do { ex[en++] = (char)('0' + ax % 10); ax /= 10; } while (ax != 0);
    if (en < 2) ex[en++] = '0';
    count += en;
    if (out) while (en > 0) put(out, ex[--en]);
    return count;
}

union __fp_word { double d; unsigned w[2]; };

/* %a: 0x1.8p+1. The 52 fraction bits are 13 hex digits; a precision rounds
 * them (nearest, ties to even), which may carry into the leading digit. */
static void put_hex_float(struct __sink *out, struct spec *sp, const char *sign, unsigned hi, unsigned lo, int upper)
{
    unsigned long long m = ((unsigned long long)(hi & 0xfffff) << 32) | lo;
    int e = (int)((hi >> 20) & 0x7ff), lead, digits = 13, len, i, ax, en = 0;
    char ex[8];
    const char *hexd = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    if (e == 0) { lead = 0; e = m == 0 ? 0 : -1022; }
    else { lead = 1; e -= 1023; }
    if (sp->precision >= 0 && sp->precision < 13) {
        int drop = 4 * (13 - sp->precision);
        unsigned long long rest = m & ((1ULL << drop) - 1), half = 1ULL << (drop - 1);
        m >>= drop;
        if (rest > half || (rest == half && ((m & 1) || (sp->precision == 0 && (lead & 1))))) m++;
        if (sp->precision == 0) { lead += (int)m; m = 0; }
        else if (m >> (4 * sp->precision)) { lead++; m &= (1ULL << (4 * sp->precision)) - 1; }
        digits = sp->precision;
    } else if (sp->precision < 0) {
        while (digits > 0 && (m & 0xf) == 0) { m >>= 4; digits--; }
    }
    ax = e < 0 ? -e : e;
    do { ex[en++] = (char)('0' + ax % 10); ax /= 10; } while (ax != 0);
    {
        int shown = sp->precision > 13 ? sp->precision : digits;
        len = (int)strlen(sign) + 3 + (shown > 0 || sp->alt) + shown + 2 + en;
        if (!sp->left && !sp->zero) repeat(out, ' ', sp->width - len);
        for (i = 0; sign[i]; i++) put(out, sign[i]);
        put(out, '0');
        put(out, upper ? 'X' : 'x');
        if (!sp->left && sp->zero) repeat(out, '0', sp->width - len);
        put(out, hexd[lead]);
        if (shown > 0 || sp->alt) put(out, '.');
        for (i = digits - 1; i >= 0; i--) put(out, hexd[(int)((m >> (4 * i)) & 0xf)]);
        repeat(out, '0', shown - digits);
        put(out, upper ? 'P' : 'p');
        put(out, e < 0 ? '-' : '+');
        while (en > 0) put(out, ex[--en]);
        if (sp->left) repeat(out, ' ', sp->width - len);
    }
}

/* One %f %F %e %E %g %G conversion. */
static void put_float(struct __sink *out, struct spec *sp, int conv, double v)
{
    static struct fpdec f;
    union __fp_word b;
    const char *sign = "";
    int upper = conv == 'F' || conv == 'E' || conv == 'G' || conv == 'A';
    int lower = conv | 0x20;
    int prec = sp->precision < 0 ? 6 : sp->precision;
    int style = lower, len, i, special = 0;
    b.d = v;
    if (b.w[1] & 0x80000000u) { sign = "-"; v = -v; }
    else if (sp->plus) sign = "+";
    else if (sp->space) sign = " ";
    if ((b.w[1] & 0x7ff00000u) == 0x7ff00000u) special = (b.w[1] & 0xfffff) != 0 || b.w[0] != 0 ? 2 : 1;
    if (special) {
        const char *word = special == 1 ? (upper ? "INF" : "inf") : (upper ? "NAN" : "nan");
        len = (int)strlen(sign) + 3;
        if (!sp->left) repeat(out, ' ', sp->width - len);
        for (i = 0; sign[i]; i++) put(out, sign[i]);
        for (i = 0; i < 3; i++) put(out, word[i]);
        if (sp->left) repeat(out, ' ', sp->width - len);
        return;
    }
    if (lower == 'a') { put_hex_float(out, sp, sign, b.w[1], b.w[0], upper); return; }
    if (v == 0) { f.n = 0; f.point = 1; }
    else f.n = __fp_digits(v, f.d, &f.point);
    if (lower == 'f') round_digits(&f, f.point + prec);
    else if (lower == 'e') round_digits(&f, prec + 1);
    else {
        /* %g: P significant digits; %e style when the exponent is below -4 or at least P. */
        int p = prec == 0 ? 1 : prec, x;
        round_digits(&f, p);
        x = f.n == 0 ? 0 : f.point - 1;
        if (x < -4 || x >= p) { style = 'e'; prec = p - 1; }
        else { style = 'f'; prec = p - 1 - x; }
        if (!sp->alt) {
            if (style == 'e') while (prec > 0 && digit_at(&f, prec) == '0') prec--;
            else while (prec > 0 && digit_at(&f, f.point + prec - 1) == '0') prec--;
        }
    }
    len = (int)strlen(sign) + (style == 'f' ? fixed_chars(NULL, &f, prec, sp->alt) : exp_chars(NULL, &f, prec, sp->alt, upper));
    if (!sp->left && !sp->zero) repeat(out, ' ', sp->width - len);
    for (i = 0; sign[i]; i++) put(out, sign[i]);
    if (!sp->left && sp->zero) repeat(out, '0', sp->width - len);
    if (style == 'f') fixed_chars(out, &f, prec, sp->alt);
    else exp_chars(out, &f, prec, sp->alt, upper);
    if (sp->left) repeat(out, ' ', sp->width - len);
}
#endif

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
#ifdef __ringside_fp
        else if (*fmt == 'L') { sp.size = 8; fmt++; } /* long double is double */
#endif
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
#ifdef __ringside_fp
        } else if (conv == 'f' || conv == 'F' || conv == 'e' || conv == 'E' || conv == 'g' || conv == 'G' || conv == 'a' || conv == 'A') {
            put_float(out, &sp, conv, va_arg(ap, double));
#endif
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
