/* log.c: the logarithms and pow in double arithmetic alone. x = 2^e * m with
 * m in [sqrt(1/2), sqrt(2)); c = 1 + j/128 is the nearest table point and
 * inv the double nearest 1/c, so z = m * inv - 1 is small (|z| < 2^-7.4)
 * and exact as a pair of doubles; then log x = e ln2 - log(inv) + log1p(z),
 * the table giving -log(inv) and a series log1p(z), all carried as hi + lo to
 * about 2^-68 of the result. pow(x, y) = e^(y log x) with y log x formed
 * exactly from that pair, so even y log x near 700 loses nothing. */
#include <math.h>
#include "libm.h"

/* log x as hi + *lo, for a finite x > 0. */
double __log_dd(double x, double *lo)
{
    union __libm_bits b, t;
    int e = 0, j;
    double m, inv, p, pe, zh, zl, hh, hl, s, se, poly, tail, a, ae;
    b.d = x;
    if ((b.w[1] >> 20) == 0) { b.d = x * 0x1p54; e = -54; }
    e += (int)(b.w[1] >> 20) - 1023;
    b.w[1] = (b.w[1] & 0xfffff) | 0x3ff00000;
    if (b.w[1] >= 0x3ff6a09f) { b.w[1] -= 0x100000; e++; }
    m = b.d;
    t.d = (m - 1.0) * 128.0 + ROUNDER;
    j = (int)t.w[0];
    inv = __log_table[3 * (j + 38)];
    /* z = m * inv - 1: the product exactly, then 1 off its high part exactly. */
    p = __two_prod(m, inv, &pe);
    zh = __two_sum(p - 1.0, pe, &zl);
    /* log1p(z) = z - z^2/2 + z^3 (1/3 - z/4 + ...) + zl / (1 + z) */
    hh = __two_prod(zh, zh, &hl);
    s = __two_sum(zh, -0.5 * hh, &se);
    poly = zh * hh * (1.0 / 3 - zh * (1.0 / 4 - zh * (1.0 / 5 - zh * (1.0 / 6 - zh * (1.0 / 7
        - zh * (1.0 / 8 - zh * (1.0 / 9 - zh * (1.0 / 10 - zh * (1.0 / 11)))))))));
    tail = se - 0.5 * hl + poly + zl * (1 - zh);
    /* e ln2 - log(inv); e times ln2's 40-bit high part is exact. */
    a = __two_sum(e * __ln2[0], __log_table[3 * (j + 38) + 1], &ae);
    ae += e * __ln2[1] + __log_table[3 * (j + 38) + 2];
    a = __two_sum(a, s, &se);
    tail += ae + se;
    s = a + tail;
    *lo = tail - (s - a);
    return s;
}

/* The logarithms: NaN below zero, -inf at zero, inf at inf. */
static int log_special(double x, double *r)
{
    if (isnan(x)) { *r = x + x; return 1; }
    if (x < 0) { *r = 0.0 / 0.0; return 1; }
    if (x == 0) { *r = -1.0 / 0.0; return 1; }
    if (isinf(x)) { *r = x; return 1; }
    return 0;
}

double log(double x)
{
    double r, lo;
    if (log_special(x, &r)) return r;
    return __log_dd(x, &lo);
}

/* log x times a constant c = ch + cl, rounded once. */
static double log_times(double x, const double *c)
{
    double hi, lo, p, pe;
    hi = __log_dd(x, &lo);
    p = __two_prod(hi, c[0], &pe);
    return p + (pe + hi * c[1] + lo * c[0]);
}

double log2(double x) { double r; return log_special(x, &r) ? r : log_times(x, __log2e); }
double log10(double x) { double r; return log_special(x, &r) ? r : log_times(x, __log10e); }

double log1p(double x)
{
    double u, ul, hi, lo;
    if (isnan(x)) return x + x;
    if (x == -1) return -1.0 / 0.0;
    if (x < -1) return 0.0 / 0.0;
    if (isinf(x)) return x;
    if (fabs(x) < 0x1p-54) return x;
    /* 1 + x = u + ul exactly; log(u + ul) = log u + ul / u (the next term is below 2^-106). */
    u = __two_sum(1.0, x, &ul);
    hi = __log_dd(u, &lo);
    return hi + (lo + ul / u);
}

/* Is y an odd integer? (Decides the sign of pow for a negative x.) */
static int odd_integer(double y)
{
    return fabs(y) < 0x1p53 && trunc(y) == y && fmod(y, 2.0) != 0;
}

double pow(double x, double y)
{
    int neg = 0, m;
    double l, ll, th, tl, hi, lo;
    if (y == 0 || x == 1) return 1.0;
    if (isnan(x) || isnan(y)) return x + y;
    if (isinf(y)) {
        double ax = fabs(x);
        if (ax == 1) return 1.0;
        return (ax > 1) == (y > 0) ? 1.0 / 0.0 : 0.0;
    }
    if (x == 0 || isinf(x)) {
        /* 0 and inf: their sign survives only for odd integer powers. */
        double mag = (x == 0) == (y < 0) ? 1.0 / 0.0 : 0.0;
        return x < 0 || (x == 0 && __signbit(x)) ? (odd_integer(y) ? -mag : mag) : mag;
    }
    if (x < 0) {
        if (trunc(y) != y) return 0.0 / 0.0;
        neg = odd_integer(y);
        x = -x;
        if (x == 1) return neg ? -1.0 : 1.0;
    }
    l = __log_dd(x, &ll);
    th = y * l;
    if (th > 709.8) return neg ? -1.0 / 0.0 : 1.0 / 0.0;
    if (th < -745.2) return neg ? -0.0 : 0.0;
    /* y log x = th + tl exactly enough: the product's error, then y times log's low part. */
    th = __two_prod(y, l, &tl);
    tl += y * ll;
    hi = __exp_kernel(th, tl, &m, &lo);
    hi = __exp_scale(hi, lo, m);
    return neg ? -hi : hi;
}
