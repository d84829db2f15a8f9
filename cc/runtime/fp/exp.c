/* exp.c: e^x and its relatives in double arithmetic alone. x = k ln2/32 + r
 * with k an integer and |r| <= ln2/64; r is found exactly (ln2/32 in two
 * parts, the first short enough that k times it is exact) and carried as
 * r + rl; e^x = 2^(k/32) * e^r with 2^(j/32) from a table of hi + lo pairs
 * and e^r - 1 a Taylor polynomial. Everything before the last addition is
 * accurate to about 2^-60, so the result is the correctly rounded one except
 * when e^x lies within ~0.01 ulp of a rounding boundary. */
#include <math.h>
#include "libm.h"

/* e^(xh + xl) = 2^*m * (hi + *lo) with hi in [0.98, 2], for |xh| < 746 and
 * |xl| tiny next to xh's ulp. */
double __exp_kernel(double xh, double xl, int *m, double *lo)
{
    union __libm_bits t;
    double kd, r, rl, e1, e2, p, th, tl, tail, hi;
    int k, j;
    t.d = xh * __inv_ln2_32 + ROUNDER;
    k = (int)t.w[0];
    kd = t.d - ROUNDER;
    /* xh and kd * hi are within a factor of two: the difference is exact. */
    r = __two_sum(xh - kd * __ln2_32[0], -kd * __ln2_32[1], &e1);
    r = __two_sum(r, xl, &e2);
    rl = e1 + e2;
    j = k & 31;
    *m = (k - j) / 32;
    /* e^(r + rl) - 1 = p, to a few parts in 2^60 of 1. */
    p = r * r * (0.5 + r * (1.0 / 6 + r * (1.0 / 24 + r * (1.0 / 120 + r * (1.0 / 720 + r * (1.0 / 5040))))));
    p = r + (p + rl);
    th = __exp2_32[2 * j];
    tl = __exp2_32[2 * j + 1];
    /* 2^(j/32) * (1 + p) = th + (th * p + tl * (1 + p)) */
    tail = th * p + tl * (1 + p);
    hi = th + tail;
    *lo = tail - (hi - th);
    return hi;
}

/* 2^m as a double, for -1022 <= m <= 1023. */
static double power_of_two(int m)
{
    union __libm_bits b;
    b.w[0] = 0;
    b.w[1] = (unsigned)(m + 1023) << 20;
    return b.d;
}

/* (hi + lo) * 2^m rounded once, also when the result is subnormal or overflows. */
double __exp_scale(double hi, double lo, int m)
{
    double y, s, e;
    if (m > 1023) return (hi + lo) * power_of_two(m - 1) * 2.0;
    if (m >= -1021 || (m == -1022 && hi >= 1)) return (hi + lo) * power_of_two(m);
    /* Subnormal: scale to below 1 and add 1, which rounds at 2^-52, the
     * subnormal spacing once scaled back; hi and lo enter one rounding. */
    y = hi * power_of_two(m + 1022);
    s = __two_sum(1.0, y, &e);
    s = s + (e + lo * power_of_two(m + 1022));
    return (s - 1.0) * 0x1p-1022;
}

double exp(double x)
{
    int m;
    double hi, lo;
    if (isnan(x)) return x + x;
    if (x > 709.8) return HUGE_VAL;
    if (x < -745.2) return 0.0;
    hi = __exp_kernel(x, 0.0, &m, &lo);
    return __exp_scale(hi, lo, m);
}

double exp2(double x)
{
    int m;
    double hi, lo, e;
    if (isnan(x)) return x + x;
    if (x >= 1024) return HUGE_VAL;
    if (x < -1080) return 0.0;
    /* x ln2 as hi + e, exact to far below an ulp. */
    hi = __two_prod(x, __ln2[0], &e);
    hi = __exp_kernel(hi, e + x * __ln2[1], &m, &lo);
    return __exp_scale(hi, lo, m);
}

/* e^x - 1 as hi + *lo, for |x| <= 700. */
double __expm1_dd(double x, double *lo)
{
    int m;
    double hi, l, s, e, sc;
    hi = __exp_kernel(x, 0.0, &m, &l);
    sc = power_of_two(m);
    /* hi * 2^m is exact; subtracting 1 exactly keeps the digits of a small result. */
    s = __two_sum(hi * sc, -1.0, &e);
    e = e + l * sc;
    hi = s + e;
    *lo = e - (hi - s);
    return hi;
}

double expm1(double x)
{
    double lo;
    if (isnan(x)) return x + x;
    if (x > 709.8) return HUGE_VAL;
    if (x < -40) return -1.0;
    if (fabs(x) < 0x1p-54) return x;
    /* Far above 2^53 the 1 is below the last place (and 2^m leaves the range of __expm1_dd). */
    if (x > 700) return exp(x);
    return __expm1_dd(x, &lo);
}

/* e^|x| as hi + *lo and 1 / that as *ih + *il, for |x| <= 22. */
static double exp_pair(double x, double *lo, double *ih, double *il)
{
    int m;
    double hi, l, sc;
    hi = __exp_kernel(fabs(x), 0.0, &m, &l);
    sc = power_of_two(m);
    hi *= sc;
    *lo = l * sc;
    *ih = __dd_div(1.0, 0.0, hi, *lo, il);
    return hi;
}

/* sinh x = x + x^3/3! + ... for |x| < 1 (the terms fall below 2^-60 by x^21). */
static double sinh_series(double x)
{
    double z = x * x;
    return x + x * z * (1.0 / 6 + z * (1.0 / 120 + z * (1.0 / 5040 + z * (1.0 / 362880 + z * (1.0 / 39916800
        + z * (1.0 / 6227020800.0 + z * (1.0 / 1307674368000.0 + z * (1.0 / 355687428096000.0
        + z * (1.0 / 121645100408832000.0 + z * (1.0 / 51090942171709440000.0))))))))));
}

/* e^|x| / 2 for |x| > 22, where e^-|x| is below 2^-63 of it. */
static double half_exp(double x)
{
    int m;
    double hi, lo, w;
    if (fabs(x) > 709) {
        /* e^|x| / 2 overflows only at the very end: e^(|x|/2) * (e^(|x|/2) / 2). */
        w = exp(fabs(x) / 2);
        return w * (w / 2);
    }
    hi = __exp_kernel(fabs(x), 0.0, &m, &lo);
    return __exp_scale(hi, lo, m - 1);
}

double sinh(double x)
{
    double hi, lo, ih, il, s, e, w;
    if (!isfinite(x) || x == 0) return x + x;
    if (fabs(x) < 1) return sinh_series(x);
    if (fabs(x) > 22) {
        w = half_exp(x);
        return x < 0 ? -w : w;
    }
    hi = exp_pair(x, &lo, &ih, &il);
    s = __two_sum(hi, -ih, &e);
    w = (s + (e + lo - il)) * 0.5;
    return x < 0 ? -w : w;
}

double cosh(double x)
{
    double hi, lo, ih, il, s, e;
    if (isnan(x)) return x + x;
    if (fabs(x) > 22) return half_exp(x);
    hi = exp_pair(x, &lo, &ih, &il);
    s = __two_sum(hi, ih, &e);
    return (s + (e + lo + il)) * 0.5;
}

/* tanh x = E / (E + 2) with E = e^2x - 1. */
double tanh(double x)
{
    double a = fabs(x), eh, el, dh, dl, t;
    if (isnan(x)) return x + x;
    if (a > 22) return x < 0 ? -1.0 : 1.0;
    if (a < 0x1p-28) return x;
    eh = __expm1_dd(2 * a, &el);
    dh = __two_sum(eh, 2.0, &dl);
    t = __dd_div(eh, el, dh, dl + el, &dl);
    return x < 0 ? -t : t;
}
