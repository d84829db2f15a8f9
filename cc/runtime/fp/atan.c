/* atan.c: atan, atan2, asin, acos in double arithmetic alone. For t in
 * [0, 1], atan t = atan(j/16) + atan d with d = (t - j/16) / (1 + t j/16)
 * (|d| <= 1/32, a short odd series) and atan(j/16) from a table of hi + lo
 * pairs; t > 1 goes through pi/2 - atan(1/t). The arguments (1/t, y/x, the
 * square roots of asin and acos) are formed as pairs of doubles, so every
 * result is rounded once from about 2^-60 of relative error. */
#include <math.h>
#include "libm.h"

/* atan(t + tl) as hi + *lo, for t >= 0 (t may be inf). */
static double atan_pos(double t, double tl, double *lo)
{
    union __libm_bits b;
    double c, num, den, de, denl, dh, dl, d2, poly, tail, a, e;
    int inverted = 0, j;
    if (t > 0x1p60) {
        /* pi/2 - 1/t: 1/t is below 2^-60. */
        tail = __pi_2[1] - 1.0 / t;
        a = __pi_2[0] + tail;
        *lo = tail - (a - __pi_2[0]);
        return a;
    }
    if (t > 1) {
        t = __dd_div(1.0, 0.0, t, tl, &tl);
        inverted = 1;
    }
    b.d = t * 16.0 + ROUNDER;
    j = (int)b.w[0];
    c = j / 16.0;
    /* d = (t + tl - c) / (1 + t c): t - c is exact, t c exactly as den + denl. */
    num = t - c;
    den = __two_prod(t, c, &denl);
    den = __two_sum(1.0, den, &de);
    denl += de + tl * c;
    dh = __dd_div(num, tl, den, denl, &dl);
    d2 = dh * dh;
    poly = dh * d2 * (-1.0 / 3 + d2 * (1.0 / 5 + d2 * (-1.0 / 7 + d2 * (1.0 / 9 + d2 * (-1.0 / 11 + d2 * (1.0 / 13))))));
    tail = __atan_16[2 * j + 1] + dl * (1 - d2) + poly;
    a = __two_sum(__atan_16[2 * j], dh, &e);
    tail += e;
    if (inverted) {
        double s = __two_sum(__pi_2[0], -a, &e);
        tail = (e + __pi_2[1]) - tail;
        a = s;
    }
    c = a + tail;
    *lo = tail - (c - a);
    return c;
}

double atan(double x)
{
    double r, lo;
    if (isnan(x)) return x + x;
    if (fabs(x) < 0x1p-27) return x;
    r = atan_pos(fabs(x), 0.0, &lo);
    return x < 0 ? -r : r;
}

/* The angle of (x, y) from hi + lo = atan(|y| / |x|), by the quadrant. */
static double by_quadrant(double hi, double lo, double y, double x)
{
    double r, e;
    if (x < 0 || (x == 0 && __signbit(x))) {
        r = __two_sum(__pi[0], -hi, &e);
        hi = r + ((e + __pi[1]) - lo);
    }
    return y < 0 || (y == 0 && __signbit(y)) ? -hi : hi;
}

double atan2(double y, double x)
{
    double ax = fabs(x), ay = fabs(y), q, ql, p, pe, hi, lo;
    if (isnan(x) || isnan(y)) return x + y;
    if (y == 0) return by_quadrant(0.0, 0.0, y, x);
    if (isinf(x)) return by_quadrant(isinf(y) ? __pi[0] / 4 : 0.0, 0.0, y, x);
    if (x == 0 || isinf(y)) return y < 0 ? -__pi_2[0] : __pi_2[0];
    /* atan2 is the same for (x, y) scaled together: keep the products exact. */
    if (ax > 0x1p500 || ay > 0x1p500) { ax *= 0x1p-600; ay *= 0x1p-600; }
    if (ax < 0x1p-500 && ay < 0x1p-500) { ax *= 0x1p600; ay *= 0x1p600; }
    q = ay / ax;
    ql = 0;
    if (q > 0x1p-900 && q < 0x1p60 && ax < 0x1p900) {
        p = __two_prod(q, ax, &pe);
        ql = ((ay - p) - pe) / ax;
    }
    hi = atan_pos(q, ql, &lo);
    return by_quadrant(hi, lo, y, x);
}

/* sqrt(1 - x^2) as hi + *lo, for |x| < 1. */
static double cosine_of(double x, double *lo)
{
    double h, hl, a, al, s, p, pe;
    h = __two_prod(x, x, &hl);
    a = __two_sum(1.0, -h, &al);
    al -= hl;
    s = a + al;
    al = al - (s - a);
    a = sqrt(s);
    p = __two_prod(a, a, &pe);
    *lo = ((s - p) - pe + al) / (2 * a);
    return a;
}

double asin(double x)
{
    double c, cl, t, tl, lo;
    if (isnan(x)) return x + x;
    if (fabs(x) > 1) return 0.0 / 0.0;
    if (fabs(x) == 1) return x < 0 ? -__pi_2[0] : __pi_2[0];
    if (fabs(x) < 0x1p-27) return x;
    c = cosine_of(x, &cl);
    t = __dd_div(fabs(x), 0.0, c, cl, &tl);
    t = atan_pos(t, tl, &lo);
    return x < 0 ? -t : t;
}

double acos(double x)
{
    double c, cl, t, tl, lo;
    if (isnan(x)) return x + x;
    if (fabs(x) > 1) return 0.0 / 0.0;
    if (x == 1) return 0.0;
    if (x == -1) return __pi[0];
    if (fabs(x) < 0x1p-60) return __pi_2[0] + (__pi_2[1] - x);
    c = cosine_of(x, &cl);
    t = __dd_div(c, cl, fabs(x), 0.0, &tl);
    t = atan_pos(t, tl, &lo);
    return by_quadrant(t, lo, 1.0, x);
}
