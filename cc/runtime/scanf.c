/* scanf.c: the scanf family (integers and text: %d %i %u %x %X %o %p %c %s
 * %[...] %n %%, widths, * suppression, the lengths hh h l ll j z t; in a
 * program with floating point also %f %e %g %a %E %G %F with l and L, read
 * by strtod). The result is the number of assignments, or EOF when the input
 * ended before the first conversion. */
#include <stdio.h>
#include <stdarg.h>
#include <string.h>
#include <ctype.h>

/* Where characters come from: a FILE or a string. */
struct source {
    FILE *file;
    const char *s;
    int count; /* characters consumed, for %n */
};

static int next(struct source *in)
{
    int c;
    if (in->file) c = fgetc(in->file);
    else c = *in->s ? (unsigned char)*in->s++ : EOF;
    if (c != EOF) in->count++;
    return c;
}

static void back(struct source *in, int c)
{
    if (c == EOF) return;
    in->count--;
    if (in->file) ungetc(c, in->file);
    else in->s--;
}

static int skip_space(struct source *in)
{
    int c;
    while ((c = next(in)) != EOF && isspace(c)) {}
    back(in, c);
    return c;
}

static int digit_value(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

/* An integer of at most width characters; 0 when no digit matched. */
static int scan_integer(struct source *in, int base, int width, unsigned long long *out)
{
    unsigned long long v = 0;
    int neg = 0, digits = 0, used = 0;
    int c = next(in);
    if ((c == '+' || c == '-') && used < width) { neg = c == '-'; used++; c = next(in); }
    if (c == '0' && used < width && (base == 0 || base == 16)) {
        used++;
        digits = 1;
        c = next(in);
        if ((c == 'x' || c == 'X') && used < width) { base = 16; used++; c = next(in); digits = 0; }
        else if (base == 0) base = 8;
    }
    if (base == 0) base = 10;
    while (used < width && digit_value(c) < base) {
        v = v * (unsigned)base + (unsigned)digit_value(c);
        digits++;
        used++;
        c = next(in);
    }
    back(in, c);
    *out = neg ? 0 - v : v;
    return digits > 0;
}

static void store_integer(void *p, int size, unsigned long long v)
{
    if (size == 1) *(char *)p = (char)v;
    else if (size == 2) *(short *)p = (short)v;
    else if (size == 8) *(unsigned long long *)p = v;
    else *(unsigned *)p = (unsigned)v;
}

/* The set of %[...]: fills in[256], returns the format after the ']'. */
static const char *scan_set(const char *fmt, char *in)
{
    int negate = 0, i;
    if (*fmt == '^') { negate = 1; fmt++; }
    memset(in, 0, 256);
    if (*fmt == ']') { in[']'] = 1; fmt++; }
    while (*fmt && *fmt != ']') {
        if (fmt[1] == '-' && fmt[2] && fmt[2] != ']') {
            for (i = (unsigned char)fmt[0]; i <= (unsigned char)fmt[2]; i++) in[i] = 1;
            fmt += 3;
        } else {
            in[(unsigned char)*fmt++] = 1;
        }
    }
    if (negate)
        for (i = 0; i < 256; i++) in[i] = !in[i];
    return *fmt ? fmt + 1 : fmt;
}

#ifdef __ringside_fp
double strtod(const char *s, char **end);
float strtof(const char *s, char **end);

/* The longest prefix that can start a floating number (sign, digits, one
 * point, an exponent, a hex prefix, inf/nan letters), then strtod. Like
 * glibc, what was read cannot be given back beyond one character. */
static int scan_float(struct source *in, int width, int single, double *out)
{
    char buf[128];
    char *end;
    int n = 0, c = next(in), point = 0, exp = 0, hex = 0;
    if (width <= 0 || width > 127) width = 127;
    if ((c == '+' || c == '-') && n < width) { buf[n++] = (char)c; c = next(in); }
    while (c != EOF && n < width) {
        int lc = tolower(c);
        if (isdigit(c) || (hex && isxdigit(c) && !exp)) {}
        else if (c == '.' && !point && !exp) point = 1;
        else if ((lc == (hex ? 'p' : 'e')) && !exp && n > 0) exp = 1;
        else if ((c == '+' || c == '-') && n > 0 && tolower(buf[n - 1]) == (hex ? 'p' : 'e')) {}
        else if (lc == 'x' && n > 0 && buf[n - 1] == '0' && !hex && !point) hex = 1;
        else if (isalpha(c) && !exp && !point && (n == 0 || isalpha(buf[n - 1]) || buf[n - 1] == '+' || buf[n - 1] == '-') && strchr("infatyINFATY", c)) {}
        else break;
        buf[n++] = (char)c;
        c = next(in);
    }
    back(in, c);
    buf[n] = 0;
    *out = single ? strtof(buf, &end) : strtod(buf, &end);
    return end != buf && *end == 0;
}
#endif

static int scan(struct source *in, const char *fmt, va_list ap)
{
    int assigned = 0, converted = 0;
    char set[256];
    while (*fmt) {
        int suppress = 0, width = 0, size = 0, conv, c;
        if (isspace((unsigned char)*fmt)) { skip_space(in); fmt++; continue; }
        if (*fmt != '%' || fmt[1] == '%') {
            if (*fmt == '%') { fmt++; skip_space(in); }
            c = next(in);
            if (c != (unsigned char)*fmt) { back(in, c); return c == EOF && converted == 0 ? EOF : assigned; }
            fmt++;
            continue;
        }
        fmt++;
        if (*fmt == '*') { suppress = 1; fmt++; }
        while (*fmt >= '0' && *fmt <= '9') width = width * 10 + (*fmt++ - '0');
        if (fmt[0] == 'h' && fmt[1] == 'h') { size = 1; fmt += 2; }
        else if (fmt[0] == 'l' && fmt[1] == 'l') { size = 8; fmt += 2; }
        else if (*fmt == 'h') { size = 2; fmt++; }
        else if (*fmt == 'j' || *fmt == 'q') { size = 8; fmt++; }
        else if (*fmt == 'l' || *fmt == 'z' || *fmt == 't') { size = 4; fmt++; }
#ifdef __ringside_fp
        else if (*fmt == 'L') { size = 8; fmt++; }
#endif
        conv = *fmt++;
        if (conv == 'n') {
            if (!suppress) store_integer(va_arg(ap, void *), size, (unsigned long long)in->count);
            continue;
        }
        if (conv == 'c') {
            char *dst = suppress ? NULL : va_arg(ap, char *);
            int n = 0;
            if (width == 0) width = 1;
            while (n < width && (c = next(in)) != EOF) {
                if (dst) dst[n] = (char)c;
                n++;
            }
            if (n == 0) return converted == 0 ? EOF : assigned;
            converted++;
            if (!suppress) assigned++;
            continue;
        }
        if (conv == 's' || conv == '[') {
            char *dst = suppress ? NULL : va_arg(ap, char *);
            int n = 0;
            if (conv == 's') {
                for (c = 0; c < 256; c++) set[c] = !isspace(c);
                if (skip_space(in) == EOF) return converted == 0 ? EOF : assigned;
            } else {
                fmt = scan_set(fmt, set);
            }
            if (width == 0) width = 0x7fffffff;
            while (n < width && (c = next(in)) != EOF) {
                if (!set[c]) { back(in, c); break; }
                if (dst) dst[n] = (char)c;
                n++;
            }
            if (n == 0) return c == EOF && converted == 0 ? EOF : assigned;
            if (dst) dst[n] = 0;
            converted++;
            if (!suppress) assigned++;
            continue;
        }
        if (conv == 'd' || conv == 'i' || conv == 'u' || conv == 'x' || conv == 'X' || conv == 'o' || conv == 'p') {
            unsigned long long v;
            int base = conv == 'i' ? 0 : conv == 'o' ? 8 : conv == 'd' || conv == 'u' ? 10 : 16;
            if (skip_space(in) == EOF) return converted == 0 ? EOF : assigned;
            if (!scan_integer(in, base, width ? width : 0x7fffffff, &v)) return assigned;
            converted++;
            if (!suppress) {
                store_integer(va_arg(ap, void *), conv == 'p' ? 4 : size, v);
                assigned++;
            }
            continue;
        }
#ifdef __ringside_fp
        if (conv == 'f' || conv == 'e' || conv == 'g' || conv == 'a' || conv == 'E' || conv == 'G' || conv == 'F' || conv == 'A') {
            double v;
            if (skip_space(in) == EOF) return converted == 0 ? EOF : assigned;
            if (!scan_float(in, width, size < 4, &v)) return assigned;
            converted++;
            if (!suppress) {
                if (size >= 4) *va_arg(ap, double *) = v;
                else *va_arg(ap, float *) = (float)v;
                assigned++;
            }
            continue;
        }
#endif
        return assigned; /* an unknown conversion ends the scan */
    }
    return assigned;
}

int vfscanf(FILE *f, const char *fmt, va_list ap)
{
    struct source in;
    in.file = f;
    in.s = NULL;
    in.count = 0;
    return scan(&in, fmt, ap);
}

int vsscanf(const char *s, const char *fmt, va_list ap)
{
    struct source in;
    in.file = NULL;
    in.s = s;
    in.count = 0;
    return scan(&in, fmt, ap);
}

int vscanf(const char *fmt, va_list ap)
{
    return vfscanf(stdin, fmt, ap);
}

int scanf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    return vfscanf(stdin, fmt, ap);
}

int fscanf(FILE *f, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    return vfscanf(f, fmt, ap);
}

int sscanf(const char *s, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    return vsscanf(s, fmt, ap);
}
