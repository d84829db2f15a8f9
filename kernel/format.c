/* format.c: a small printf engine (no floating point). */
#include "format.h"

struct fmt_out {
    fmt_emit_fn emit;
    void *context;
    int count;
};

static void put(struct fmt_out *out, int c)
{
    out->emit(c, out->context);
    out->count++;
}

static void pad(struct fmt_out *out, int c, int n)
{
    while (n-- > 0)
        put(out, c);
}

/* Writes digits of value in base into buf backwards; returns the digit count. */
static int to_digits(u32 value, u32 base, int upper, char *buf)
{
    const char *lower_digits = "0123456789abcdef";
    const char *upper_digits = "0123456789ABCDEF";
    const char *digits = upper ? upper_digits : lower_digits;
    int n = 0;
    do {
        buf[n++] = digits[value % base];
        value = value / base;
    } while (value != 0);
    return n;
}

static void put_number(struct fmt_out *out, u32 value, u32 base, int is_negative, int upper,
                       int width, int left, int zero, const char *prefix)
{
    char digits[12];
    int n = to_digits(value, base, upper, digits);
    int prefix_len = 0;
    int len;
    while (prefix[prefix_len])
        prefix_len++;
    len = n + prefix_len + (is_negative ? 1 : 0);
    if (!left && !zero)
        pad(out, ' ', width - len);
    if (is_negative)
        put(out, '-');
    while (*prefix)
        put(out, *prefix++);
    if (!left && zero)
        pad(out, '0', width - len);
    while (n > 0)
        put(out, digits[--n]);
    if (left)
        pad(out, ' ', width - len);
}

static void put_string(struct fmt_out *out, const char *s, int width, int left)
{
    int len = 0;
    while (s[len])
        len++;
    if (!left)
        pad(out, ' ', width - len);
    while (*s)
        put(out, *s++);
    if (left)
        pad(out, ' ', width - len);
}

int fmt_format(const char *format, struct fmt_args *args, fmt_emit_fn emit, void *context)
{
    struct fmt_out out;
    const char *p = format;
    u32 value;
    int width;
    int left;
    int zero;
    int c;

    out.emit = emit;
    out.context = context;
    out.count = 0;

    while (*p) {
        if (*p != '%') {
            put(&out, *p++);
            continue;
        }
        p++;
        left = 0;
        zero = 0;
        width = 0;
        while (*p == '-' || *p == '0') {
            if (*p == '-')
                left = 1;
            else
                zero = 1;
            p++;
        }
        while (*p >= '0' && *p <= '9') {
            if (width <= 64)
                width = width * 10 + (*p - '0');
            p++;
        }
        if (width > 64)
            width = 64;             /* a hostile width must not make the kernel print forever */
        while (*p == 'l')
            p++;
        c = *p;
        if (c == 0)
            break;
        p++;
        switch (c) {
        case '%':
            put(&out, '%');
            break;
        case 'd':
        case 'i':
            if (!args->next(args, &value))
                return -1;
            if ((s32)value < 0)
                put_number(&out, (u32)0 - value, 10, 1, 0, width, left, zero, "");
            else
                put_number(&out, value, 10, 0, 0, width, left, zero, "");
            break;
        case 'u':
            if (!args->next(args, &value))
                return -1;
            put_number(&out, value, 10, 0, 0, width, left, zero, "");
            break;
        case 'x':
        case 'X':
            if (!args->next(args, &value))
                return -1;
            put_number(&out, value, 16, 0, c == 'X', width, left, zero, "");
            break;
        case 'p':
            if (!args->next(args, &value))
                return -1;
            put_number(&out, value, 16, 0, 0, 10, 0, 1, "0x");
            break;
        case 'c':
            if (!args->next(args, &value))
                return -1;
            if (!left)
                pad(&out, ' ', width - 1);
            put(&out, (int)(value & 0xFF));
            if (left)
                pad(&out, ' ', width - 1);
            break;
        case 's':
            if (!args->next(args, &value))
                return -1;
            if (value == 0) {
                put_string(&out, "(null)", width, left);
                break;
            }
            if (!args->string_ok(args, value))
                return -1;
            put_string(&out, (const char *)value, width, left);
            break;
        default:
            /* Unknown conversion: print it as written. */
            put(&out, '%');
            put(&out, c);
            break;
        }
    }
    return out.count;
}
