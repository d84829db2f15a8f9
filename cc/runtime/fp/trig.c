/* trig.c: sin, cos, tan in double arithmetic alone. x is reduced by k pi/2
 * with pi/2 in three parts (Cody and Waite) for |x| < 2^20, and beyond that
 * by multiplying x with 2/pi digit by digit (24-bit digits, each partial
 * product exact in a double), keeping only the bits that matter modulo 4
 * (Payne and Hanek's idea); either way the reduced r is kept as r + rl.
 * sin and cos of r (|r| <= pi/4) are Taylor series carried to 2^-60, with
 * 1 - r^2/2 formed exactly. */
#include <math.h>
#include "libm.h"

/* How many 24-bit digits of x (2/pi) below the binary point are formed. */
#define FRACTION_DIGITS 8

/* x - k pi/2 as r + *rl for |x| >= 2^20, with k mod 4 in *quadrant. x is
 * M 2^E with M a 53-bit integer, in 24-bit digits d0 d1 d2; the product's
 * digit k (weight 2^(s - 24k), E = 24q + s) sums d[a] c[k + a + q - 1]
 * exactly, and digits of weight 4 and above are dropped: they are whole
 * turns. */
static double reduce_large(double x, double *rl, int *quadrant)
{
    union __libm_bits b;
    double d[3], t[FRACTION_DIGITS + 1], carry, a, n, f, fl, e, p, pe, scale;
    unsigned hi;
    int exponent, q, s, k, i, j, neg = x < 0;
    b.d = fabs(x);
    hi = (b.w[1] & 0xfffff) | 0x100000;
    exponent = (int)(b.w[1] >> 20) - 1075;
    d[0] = (double)(b.w[0] & 0xffffff);
    d[1] = (double)((b.w[0] >> 24) | ((hi & 0xffff) << 8));
    d[2] = (double)(hi >> 16);
    q = exponent >= 0 ? exponent / 24 : -((23 - exponent) / 24);
    s = exponent - 24 * q;
    for (k = 0; k <= FRACTION_DIGITS; k++) {
        t[k] = 0;
        for (j = 0; j < 3; j++) {
            i = k + j + q - 1;
            if (i >= 0 && i < 52) t[k] += d[j] * __two_over_pi_24[i];
        }
    }
    /* Carries, so that every digit but the first is below 2^24. */
    for (k = FRACTION_DIGITS; k > 0; k--) {
        carry = floor(t[k] * 0x1p-24);
        t[k] -= carry * 0x1p24;
        t[k - 1] += carry;
    }
    /* Weight 2^s for digit 0: only its value modulo 4 / 2^s matters. */
    scale = 1.0;
    for (k = 0; k < s; k++) scale *= 2;
    t[0] -= 4 * floor(t[0] / 4);
    a = scale * t[0] + scale * 0x1p-24 * t[1];
    n = floor(a + 0.5);
    *quadrant = (int)fmod(n, 4.0);
    /* The fraction, from the exact a - n down through the remaining digits. */
    f = a - n;
    fl = 0;
    for (k = 2; k <= FRACTION_DIGITS; k++) {
        f = __two_sum(f, t[k] * scale * ldexp(1.0, -24 * k), &e);
        fl += e;
    }
    e = f + fl;
    fl = fl - (e - f);
    f = e;
    /* times pi/2 */
    p = __two_prod(f, __pi_2[0], &pe);
    pe += f * __pi_2[1] + fl * __pi_2[0];
    a = p + pe;
    *rl = pe - (a - p);
    if (neg) {
        *rl = -*rl;
        a = -a;
        *quadrant = (4 - *quadrant) & 3;
    }
    return a;
}

/* x - k pi/2 as r + *rl, with k mod 4 in *quadrant. */
static double reduce(double x, double *rl, int *quadrant)
{
    union __libm_bits t;
    double kd, a, e1, e2, r;
    if (fabs(x) <= 0.785398163397448279) { *rl = 0; *quadrant = 0; return x; }
    if (fabs(x) >= 0x1p20) return reduce_large(x, rl, quadrant);
    t.d = x * __two_over_pi + ROUNDER;
    *quadrant = (int)(t.w[0] & 3);
    kd = t.d - ROUNDER;
    /* k p1 and k p2 are exact, and x - k p1 too (the two are close). */
    a = __two_sum(x - kd * __pio2_parts[0], -kd * __pio2_parts[1], &e1);
    r = __two_sum(a, -kd * __pio2_parts[2], &e2);
    e1 += e2;
    a = r + e1;
    *rl = e1 - (a - r);
    return a;
}

/* sin(r + rl) as hi + *lo for |r| <= pi/4: r - r^3/6 as a pair, then the
 * rest of the series (below r/120) in plain doubles. */
static double sin_kernel(double r, double rl, double *lo)
{
    double z = r * r, zh, zl, ch, cl, q, ql, pe, a, e, s, hi;
    zh = __two_prod(r, r, &zl);
    ch = __two_prod(zh, r, &cl);
    cl += zl * r;
    /* r^3 / 6 = q + ql: the quotient, then its exact remainder. */
    q = ch / 6;
    ql = ((ch - __two_prod(q, 6.0, &pe)) - pe + cl) / 6;
    s = r * z * z * (1.0 / 120 + z * (-1.0 / 5040 + z * (1.0 / 362880 + z * (-1.0 / 39916800
        + z * (1.0 / 6227020800.0 + z * (-1.0 / 1307674368000.0 + z * (1.0 / 355687428096000.0
        + z * (-1.0 / 121645100408832000.0))))))));
    a = __two_sum(r, -q, &e);
    s = (e - ql) + s + rl * (1 - 0.5 * z);
    hi = a + s;
    *lo = s - (hi - a);
    return hi;
}

/* cos(r + rl) as hi + *lo for |r| <= pi/4. */
static double cos_kernel(double r, double rl, double *lo)
{
    double z = r * r, hh, hl, c, a, e, hi;
    hh = __two_prod(r, r, &hl);
    c = z * z * (1.0 / 24 + z * (-1.0 / 720 + z * (1.0 / 40320 + z * (-1.0 / 3628800 + z * (1.0 / 479001600
        + z * (-1.0 / 87178291200.0 + z * (1.0 / 20922789888000.0 + z * (-1.0 / 6402373705728000.0))))))));
    /* 1 - r^2/2 exactly as a + e, then the small terms. */
    a = __two_sum(1.0, -0.5 * hh, &e);
    c = (e - 0.5 * hl) + c - r * rl;
    hi = a + c;
    *lo = c - (hi - a);
    return hi;
}

double sin(double x)
{
    int q;
    double r, rl, lo;
    if (!isfinite(x)) return x - x;
    if (fabs(x) < 0x1p-27) return x;
    r = reduce(x, &rl, &q);
    switch (q) {
    case 0: return sin_kernel(r, rl, &lo);
    case 1: return cos_kernel(r, rl, &lo);
    case 2: return -sin_kernel(r, rl, &lo);
    default: return -cos_kernel(r, rl, &lo);
    }
}

double cos(double x)
{
    int q;
    double r, rl, lo;
    if (!isfinite(x)) return x - x;
    r = reduce(x, &rl, &q);
    switch (q) {
    case 0: return cos_kernel(r, rl, &lo);
    case 1: return -sin_kernel(r, rl, &lo);
    case 2: return -cos_kernel(r, rl, &lo);
    default: return sin_kernel(r, rl, &lo);
    }
}

double tan(double x)
{
    int q;
    double r, rl, s, sl, c, cl, lo;
    if (!isfinite(x)) return x - x;
    if (fabs(x) < 0x1p-27) return x;
    r = reduce(x, &rl, &q);
    s = sin_kernel(r, rl, &sl);
    c = cos_kernel(r, rl, &cl);
    /* tan(x) = tan(r) in even quadrants, -1/tan(r) = -cos/sin in odd ones. */
    if (q % 2 == 0) return __dd_div(s, sl, c, cl, &lo);
    return -__dd_div(c, cl, s, sl, &lo);
}
