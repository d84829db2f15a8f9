/* strtod.c: strtod, strtof, strtold and atof, correctly rounded (nearest,
 * ties to even) for every input, as glibc's. The decimal S * 10^E is done
 * exactly with big integers in 16-bit limbs: for E >= 0 the top 64 bits of
 * S * 10^E, for E < 0 64 quotient bits of S * 2^k / 10^-E by long division;
 * the bits below (and the remainder) only decide the rounding. Hex floats
 * (0x1.8p3), inf, infinity and nan are read too; strtof rounds to float
 * directly. ERANGE on overflow, and
 * when a nonzero input rounds to zero. */
#include <stdlib.h>
#include <errno.h>
#include <ctype.h>

#define MAX_DIGITS 800
#define INF (1.0 / 0.0)
#define QUIET_NAN (0.0 / 0.0)
#define LIMBS 330

struct big {
    int n;
    unsigned v[LIMBS]; /* 16-bit limbs, least significant first */
};

static struct big num, den;

union __strtod_bits { double d; unsigned w[2]; };

static void big_muladd(struct big *a, unsigned k, unsigned add)
{
    unsigned carry = add;
    int i;
    for (i = 0; i < a->n; i++) {
        unsigned t = a->v[i] * k + carry;
        a->v[i] = t & 0xffff;
        carry = t >> 16;
    }
    while (carry != 0 && a->n < LIMBS) {
        a->v[a->n++] = carry & 0xffff;
        carry >>= 16;
    }
}

static void big_pow10(struct big *a, int e)
{
    for (; e >= 4; e -= 4) big_muladd(a, 10000, 0);
    for (; e > 0; e--) big_muladd(a, 10, 0);
}

static int big_bits(struct big *a)
{
    int b = 0;
    unsigned top;
    if (a->n == 0) return 0;
    top = a->v[a->n - 1];
    while (top != 0) { b++; top >>= 1; }
    return (a->n - 1) * 16 + b;
}

static void big_shl(struct big *a, int bits)
{
    int words = bits / 16, r = bits % 16, i;
    if (a->n == 0) return;
    if (r != 0) big_muladd(a, 1u << r, 0);
    for (i = a->n - 1; i >= 0; i--) a->v[i + words] = a->v[i];
    for (i = 0; i < words; i++) a->v[i] = 0;
    a->n += words;
}

static void big_shr1(struct big *a)
{
    int i;
    for (i = 0; i < a->n; i++) {
        unsigned hi = i + 1 < a->n ? a->v[i + 1] : 0;
        a->v[i] = (a->v[i] >> 1) | ((hi & 1) << 15);
    }
    while (a->n > 0 && a->v[a->n - 1] == 0) a->n--;
}

static int big_cmp(struct big *a, struct big *b)
{
    int i;
    if (a->n != b->n) return a->n < b->n ? -1 : 1;
    for (i = a->n - 1; i >= 0; i--)
        if (a->v[i] != b->v[i]) return a->v[i] < b->v[i] ? -1 : 1;
    return 0;
}

static void big_sub(struct big *a, struct big *b)
{
    int borrow = 0, i;
    for (i = 0; i < a->n; i++) {
        int t = (int)a->v[i] - (i < b->n ? (int)b->v[i] : 0) - borrow;
        borrow = t < 0;
        a->v[i] = (unsigned)(t + (borrow ? 65536 : 0));
    }
    while (a->n > 0 && a->v[a->n - 1] == 0) a->n--;
}

/* The top 64 bits of a (a->n > 0, at least 64 bits); *sticky: any bit below them. */
static unsigned long long big_top64(struct big *a, int *sticky)
{
    int bits = big_bits(a), low = bits - 64, i;
    unsigned long long q = 0;
    for (i = bits - 1; i >= low; i--) q = (q << 1) | ((a->v[i / 16] >> (i % 16)) & 1);
    *sticky = 0;
    for (i = 0; i < low; i++) if ((a->v[i / 16] >> (i % 16)) & 1) { *sticky = 1; break; }
    return q;
}

/* Rounding for strtof: to float's 24 bits and range instead of double's. */
static int to_float;

double ldexp(double x, int e);

/* q * 2^bexp (q != 0, *sticky bits below q) rounded to a double (or, with
 * to_float, to a float's value); ERANGE on overflow or when it becomes zero. */
static double make_double(unsigned long long q, int bexp, int sticky)
{
    union __strtod_bits r;
    unsigned long long m;
    int t = 63, ex, keep, drop;
    int bits = to_float ? 24 : 53, emin = to_float ? -126 : -1022;
    while (((q >> t) & 1) == 0) t--;
    ex = t + bexp;
    keep = ex >= emin ? bits : bits - (emin - ex);
    if (keep <= 0) {
        /* Below the smallest denormal: more than half of it rounds up to it. */
        int up = keep == 0 && (q != (1ULL << t) || sticky);
        if (!up) { errno = ERANGE; return 0.0; }
        if (to_float) return ldexp(1.0, -149);
        r.w[0] = 1; r.w[1] = 0;
        return r.d;
    }
    drop = t + 1 - keep;
    if (drop > 0) {
        unsigned long long rem = q & ((1ULL << drop) - 1), half = 1ULL << (drop - 1);
        m = q >> drop;
        if (rem > half || (rem == half && (sticky || (m & 1)))) m++;
    } else {
        m = q << -drop;
    }
    if (to_float) {
        /* m * 2^(bexp + drop) is exact in a double. */
        int lsb = bexp + drop;
        if (ex >= emin && (m >> 24)) { m >>= 1; lsb++; ex++; }
        if (ex > 127) { errno = ERANGE; return INF; }
        return ldexp((double)m, lsb);
    }
    if (ex >= -1022) {
        if (m >> 53) { m >>= 1; ex++; }
        if (ex > 1023) { errno = ERANGE; return INF; }
        r.w[1] = ((unsigned)(ex + 1023) << 20) | ((unsigned)(m >> 32) & 0xfffff);
        r.w[0] = (unsigned)m;
    } else {
        r.w[1] = (unsigned)(m >> 32);
        r.w[0] = (unsigned)m;
    }
    return r.d;
}

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

/* Does s start with word (lower case), ignoring case? */
static int starts(const char *s, const char *word)
{
    while (*word) if (lower((unsigned char)*s++) != *word++) return 0;
    return 1;
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    c = lower(c);
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

/* 0x...: up to 16 significant hex digits exactly, the rest as a sticky bit. */
static double hex_float(const char *s, const char **end)
{
    unsigned long long q = 0;
    int digits = 0, sticky = 0, bexp = 0, seen = 0, point = 0, v;
    for (;; s++) {
        if (*s == '.' && !point) { point = 1; continue; }
        v = hexval((unsigned char)*s);
        if (v < 0) break;
        seen = 1;
        if (digits < 16) {
            if (q != 0 || v != 0) { q = (q << 4) | (unsigned)v; digits++; }
            if (point) bexp -= 4;
        } else {
            if (v != 0) sticky = 1;
            if (!point) bexp += 4;
        }
    }
    if (!seen) return -1.0; /* not a number: the caller reads "0" only */
    if (*s == 'p' || *s == 'P') {
        const char *p = s + 1;
        int neg = 0, e = 0;
        if (*p == '+' || *p == '-') neg = *p++ == '-';
        if (*p >= '0' && *p <= '9') {
            while (*p >= '0' && *p <= '9') { if (e < 100000) e = e * 10 + (*p - '0'); p++; }
            bexp += neg ? -e : e;
            s = p;
        }
    }
    *end = s;
    if (q == 0) return 0.0;
    return make_double(q, bexp, sticky);
}

/* Decimal digits with an optional point and exponent; *end past them (s when none). */
static double decimal(const char *s, const char **end)
{
    static char digits[MAX_DIGITS + 1];
    int n = 0, seen = 0, point = 0, dropped = 0, sticky = 0, e10 = 0, i;
    const char *p = s;
    for (;; p++) {
        if (*p == '.' && !point) { point = 1; continue; }
        if (*p < '0' || *p > '9') break;
        seen = 1;
        if (n == 0 && *p == '0') { if (point) e10--; continue; }
        if (n < MAX_DIGITS) { digits[n++] = *p; if (point) e10--; }
        else { if (*p != '0') sticky = 1; if (!point) dropped++; }
    }
    if (!seen) { *end = s; return 0.0; }
    e10 += dropped;
    if (*p == 'e' || *p == 'E') {
        const char *q = p + 1;
        int neg = 0, e = 0;
        if (*q == '+' || *q == '-') neg = *q++ == '-';
        if (*q >= '0' && *q <= '9') {
            while (*q >= '0' && *q <= '9') { if (e < 100000) e = e * 10 + (*q - '0'); q++; }
            e10 += neg ? -e : e;
            p = q;
        }
    }
    *end = p;
    while (n > 0 && digits[n - 1] == '0') { n--; e10++; }
    if (n == 0) return 0.0;
    /* Digits beyond MAX_DIGITS that are not all zero: a final 1 stands for them. */
    if (sticky) { digits[n++] = '1'; e10--; }
    if (n + e10 > 310) { errno = ERANGE; return INF; }
    if (n + e10 < -330) { errno = ERANGE; return 0.0; }
    num.n = 0;
    for (i = 0; i < n; i++) big_muladd(&num, 10, (unsigned)(digits[i] - '0'));
    if (e10 >= 0) {
        int st, bits;
        big_pow10(&num, e10);
        bits = big_bits(&num);
        if (bits <= 64) {
            unsigned long long q = 0;
            for (i = num.n - 1; i >= 0; i--) q = (q << 16) | num.v[i];
            return make_double(q, 0, 0);
        }
        {
            unsigned long long q = big_top64(&num, &st);
            return make_double(q, bits - 64, st);
        }
    } else {
        /* num * 2^k / 10^-e10 with k chosen so the quotient has 63 or 64 bits. */
        unsigned long long q = 0;
        int k, b;
        den.n = 0;
        big_muladd(&den, 1, 1);
        big_pow10(&den, -e10);
        k = 63 + big_bits(&den) - big_bits(&num);
        if (k > 0) big_shl(&num, k);
        else if (k < 0) big_shl(&den, -k);
        big_shl(&den, 63);
        for (b = 63; b >= 0; b--) {
            if (big_cmp(&num, &den) >= 0) { big_sub(&num, &den); q |= 1ULL << b; }
            big_shr1(&den);
        }
        return make_double(q, -k, num.n != 0);
    }
}

double strtod(const char *s, char **end)
{
    const char *p = s, *stop;
    int neg = 0;
    double v;
    while (isspace((unsigned char)*p)) p++;
    if (*p == '+' || *p == '-') neg = *p++ == '-';
    if (starts(p, "inf")) {
        stop = p + (starts(p, "infinity") ? 8 : 3);
        v = INF;
    } else if (starts(p, "nan")) {
        stop = p + 3;
        if (*stop == '(') {
            const char *q = stop + 1;
            while (isalnum((unsigned char)*q) || *q == '_') q++;
            if (*q == ')') stop = q + 1;
        }
        v = QUIET_NAN;
    } else if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
        v = hex_float(p + 2, &stop);
        if (v < 0) { v = 0.0; stop = p + 1; } /* "0x" alone is the number 0 */
    } else {
        v = decimal(p, &stop);
        if (stop == p) { if (end) *end = (char *)s; return 0.0; }
    }
    if (end) *end = (char *)stop;
    return neg ? -v : v;
}

/* Rounded once, straight to float (not through a double, which could round twice). */
float strtof(const char *s, char **end)
{
    double v;
    to_float = 1;
    v = strtod(s, end);
    to_float = 0;
    return (float)v;
}

long double strtold(const char *s, char **end)
{
    return strtod(s, end);
}

double atof(const char *s)
{
    return strtod(s, NULL);
}
