/* format.c: a small printf engine (no floating point): %d %i %u %x %X %o
 * %c %s %p %%, the flags - 0 + space #, width and precision (digits or *,
 * at most 64), the lengths h hh l z t (one word) and ll j (two words). */
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

/* A conversion's flags, width and precision (-1: none). */
struct fmt_spec {
    int left, zero, plus, space, alt;
    int width;
    int precision;
};

static void spec_reset(struct fmt_spec *sp)
{
    sp->left = 0;
    sp->zero = 0;
    sp->plus = 0;
    sp->space = 0;
    sp->alt = 0;
    sp->width = 0;
    sp->precision = -1;
}

/* high:low is the magnitude; a 32-bit conversion passes high = 0. sign is
 * '-', '+', ' ' or 0; prefix is "0x"/"0X" (only for a nonzero value) or "". */
static void put_number(struct fmt_out *out, u32 high, u32 low, u32 base, int sign, int upper,
                       struct fmt_spec *sp, const char *prefix)
{
    char digits[24];
    int n = 0;
    int prefix_len = 0;
    int zeros;
    int len;
    if (high != 0 || low != 0 || sp->precision != 0)
        n = to_digits(high, low, base, upper, digits);
    if (high == 0 && low == 0)
        prefix = "";
    while (prefix[prefix_len])
        prefix_len++;
    zeros = sp->precision > n ? sp->precision - n : 0;
    if (sp->alt && base == 8 && zeros == 0 && (n == 0 || digits[n - 1] != '0'))
        zeros = 1;
    len = zeros + n + prefix_len + (sign ? 1 : 0);
    if (sp->zero && !sp->left && sp->precision < 0 && sp->width > len) {
        zeros += sp->width - len;
        len = sp->width;
    }
    if (!sp->left)
        pad(out, ' ', sp->width - len);
    if (sign)
        put(out, sign);
    while (*prefix)
        put(out, *prefix++);
    pad(out, '0', zeros);
    while (n > 0)
        put(out, digits[--n]);
    if (sp->left)
        pad(out, ' ', sp->width - len);
}

/* The sign character of a signed conversion. */
static int sign_of(struct fmt_spec *sp, int negative)
{
    if (negative)
        return '-';
    if (sp->plus)
        return '+';
    return sp->space ? ' ' : 0;
}

/* An integer conversion: base and case from the letter, '#' prefixes. */
static void put_integer(struct fmt_out *out, struct fmt_spec *sp, int c, u32 high, u32 low, int negative)
{
    u32 base = c == 'o' ? 8 : c == 'x' || c == 'X' ? 16 : 10;
    const char *prefix = "";
    if (sp->alt && c == 'x')
        prefix = "0x";
    if (sp->alt && c == 'X')
        prefix = "0X";
    put_number(out, high, low, base, c == 'd' || c == 'i' ? sign_of(sp, negative) : 0, c == 'X', sp, prefix);
}

/* An integer conversion (d i u x X o) with the ll modifier: the argument is two
 * words, low first, each fetched (and so checked) like any other argument. */
static int put_wide(struct fmt_out *out, struct fmt_args *args, int c, struct fmt_spec *sp)
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
    put_integer(out, sp, c, high, low, negative);
    return 1;
}

static void put_string(struct fmt_out *out, const char *s, struct fmt_spec *sp)
{
    int len = 0;
    int i;
    while (s[len] && (sp->precision < 0 || len < sp->precision))
        len++;
    if (!sp->left)
        pad(out, ' ', sp->width - len);
    for (i = 0; i < len; i++)
        put(out, s[i]);
    if (sp->left)
        pad(out, ' ', sp->width - len);
}

/* A width or precision: digits, or '*' taking the next argument word.
 * Capped at 64 so a hostile number cannot make the kernel print forever.
 * Returns 0 when the argument may not be read. */
static int read_number(const char **pp, struct fmt_args *args, int *result, int *from_arg)
{
    const char *p = *pp;
    u32 value;
    int n = 0;
    *from_arg = 0;
    if (*p == '*') {
        if (!args->next(args, &value))
            return 0;
        n = (s32)value;
        *from_arg = 1;
        p++;
    } else {
        while (*p >= '0' && *p <= '9') {
            if (n <= 64)
                n = n * 10 + (*p - '0');
            p++;
        }
    }
    if (n > 64)
        n = 64;
    if (n < -64)
        n = -64;
    *result = n;
    *pp = p;
    return 1;
}

int fmt_format(const char *format, struct fmt_args *args, fmt_emit_fn emit, void *context)
{
    struct fmt_out out;
    struct fmt_spec sp;
    const char *p = format;
    const char *start;
    u32 value;
    int c;
    int longs;
    int shorts;
    int from_arg;

    out.emit = emit;
    out.context = context;
    out.count = 0;

    while (*p) {
        if (*p != '%') {
            put(&out, *p++);
            continue;
        }
        start = p;
        p++;
        spec_reset(&sp);
        for (;; p++) {
            if (*p == '-')
                sp.left = 1;
            else if (*p == '0')
                sp.zero = 1;
            else if (*p == '+')
                sp.plus = 1;
            else if (*p == ' ')
                sp.space = 1;
            else if (*p == '#')
                sp.alt = 1;
            else
                break;
        }
        if (!read_number(&p, args, &sp.width, &from_arg))
            return -1;
        if (sp.width < 0) {
            sp.left = 1;
            sp.width = -sp.width;
        }
        if (*p == '.') {
            p++;
            if (!read_number(&p, args, &sp.precision, &from_arg))
                return -1;
            if (sp.precision < 0)
                sp.precision = -1;
        }
        /* Lengths: ll reads two words; h, hh, l, z, t, j read one (j as ll). */
        longs = 0;
        shorts = 0;
        while (*p == 'l' || *p == 'h' || *p == 'z' || *p == 't' || *p == 'j') {
            if (*p == 'l')
                longs++;
            if (*p == 'h')
                shorts++;
            if (*p == 'j')
                longs = 2;
            p++;
        }
        c = *p;
        if (c == 0)
            break;
        p++;
        if (longs >= 2 && (c == 'd' || c == 'i' || c == 'u' || c == 'x' || c == 'X' || c == 'o')) {
            if (!put_wide(&out, args, c, &sp))
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
            if (shorts == 1)
                value = (u32)(s32)(s16)value;
            else if (shorts >= 2)
                value = (u32)(s32)(s8)value;
            if ((s32)value < 0)
                put_integer(&out, &sp, c, 0, (u32)0 - value, 1);
            else
                put_integer(&out, &sp, c, 0, value, 0);
            break;
        case 'u':
        case 'x':
        case 'X':
        case 'o':
            if (!args->next(args, &value))
                return -1;
            if (shorts == 1)
                value &= 0xFFFF;
            else if (shorts >= 2)
                value &= 0xFF;
            put_integer(&out, &sp, c, 0, value, 0);
            break;
        case 'p':
            if (!args->next(args, &value))
                return -1;
            /* Always 0x and eight digits (glibc writes 0x%x, or (nil) for 0). */
            spec_reset(&sp);
            sp.width = 8;
            sp.zero = 1;
            put(&out, '0');
            put(&out, 'x');
            put_number(&out, 0, value, 16, 0, 0, &sp, "");
            break;
        case 'c':
            if (!args->next(args, &value))
                return -1;
            if (!sp.left)
                pad(&out, ' ', sp.width - 1);
            put(&out, (int)(value & 0xFF));
            if (sp.left)
                pad(&out, ' ', sp.width - 1);
            break;
        case 's':
            if (!args->next(args, &value))
                return -1;
            if (value == 0) {
                put_string(&out, "(null)", &sp);
                break;
            }
            if (!args->string_ok(args, value))
                return -1;
            put_string(&out, (const char *)value, &sp);
            break;
        default:
            /* Unknown conversion: print it as written; it takes no argument. */
            while (start < p)
                put(&out, *start++);
            break;
        }
    }
    return out.count;
}
