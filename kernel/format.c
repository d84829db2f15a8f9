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

/* Divides the 64-bit number *high:*low by base (at most 16) in place and
 * returns the remainder. It goes 16 bits at a time, so every step is a 32-bit
 * division: the kernel needs no 64-bit arithmetic (nor its runtime helpers). */
static u32 divide_wide(u32 *high, u32 *low, u32 base)
{
    u32 parts[4];
    u32 rem = 0;
    u32 cur;
    int i;
    parts[0] = *high >> 16;
    parts[1] = *high & 0xFFFF;
    parts[2] = *low >> 16;
    parts[3] = *low & 0xFFFF;
    for (i = 0; i < 4; i++) {
        cur = (rem << 16) | parts[i];
        parts[i] = cur / base;
        rem = cur % base;
    }
    *high = (parts[0] << 16) | parts[1];
    *low = (parts[2] << 16) | parts[3];
    return rem;
}

/* Writes digits of high:low in base into buf backwards; returns the digit count. */
static int to_digits(u32 high, u32 low, u32 base, int upper, char *buf)
{
    const char *lower_digits = "0123456789abcdef";
    const char *upper_digits = "0123456789ABCDEF";
    const char *digits = upper ? upper_digits : lower_digits;
    int n = 0;
    do {
        buf[n++] = digits[divide_wide(&high, &low, base)];
    } while (high != 0 || low != 0);
    return n;
}

/* high:low is the magnitude; a 32-bit conversion passes high = 0. */
static void put_number(struct fmt_out *out, u32 high, u32 low, u32 base, int is_negative, int upper,
                       int width, int left, int zero, const char *prefix)
{
    char digits[24];
    int n = to_digits(high, low, base, upper, digits);
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

/* An integer conversion (d i u x X) with the ll modifier: the argument is two
 * words, low first, each fetched (and so checked) like any other argument. */
static int put_wide(struct fmt_out *out, struct fmt_args *args, int c, int width, int left, int zero)
{
    u32 low;
    u32 high;
    int negative = 0;
    if (!args->next(args, &low) || !args->next(args, &high))
        return 0;
    if ((c == 'd' || c == 'i') && (s32)high < 0) {
        /* Two's complement negation of the pair: the carry reaches high only when low is 0. */
        negative = 1;
        low = (u32)0 - low;
        high = ~high + (low == 0 ? 1 : 0);
    }
    put_number(out, high, low, c == 'x' || c == 'X' ? 16 : 10, negative, c == 'X', width, left, zero, "");
    return 1;
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
    int longs;

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
        longs = 0;
        while (*p == 'l') {
            longs++;
            p++;
        }
        c = *p;
        if (c == 0)
            break;
        p++;
        if (longs >= 2 && (c == 'd' || c == 'i' || c == 'u' || c == 'x' || c == 'X')) {
            if (!put_wide(&out, args, c, width, left, zero))
                return -1;
            continue;
        }
        switch (c) {
        case '%':
            put(&out, '%');
            break;
        case 'd':
        case 'i':
            if (!args->next(args, &value))
                return -1;
            if ((s32)value < 0)
                put_number(&out, 0, (u32)0 - value, 10, 1, 0, width, left, zero, "");
            else
                put_number(&out, 0, value, 10, 0, 0, width, left, zero, "");
            break;
        case 'u':
            if (!args->next(args, &value))
                return -1;
            put_number(&out, 0, value, 10, 0, 0, width, left, zero, "");
            break;
        case 'x':
        case 'X':
            if (!args->next(args, &value))
                return -1;
            put_number(&out, 0, value, 16, 0, c == 'X', width, left, zero, "");
            break;
        case 'p':
            if (!args->next(args, &value))
                return -1;
            put_number(&out, 0, value, 16, 0, 0, 10, 0, 1, "0x");
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
