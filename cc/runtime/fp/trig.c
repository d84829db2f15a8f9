/* trig.c: sin, cos, tan in double arithmetic alone. x is reduced by k pi/2
 * with pi/2 in three parts (Cody and Waite), the reduced r kept as r + rl,
 * exact for |x| < 2^20 pi/2; sin and cos of r (|r| <= pi/4) are Taylor
 * series carried to 2^-60, with 1 - r^2/2 formed exactly. Beyond 2^20 pi/2
 * the same reduction runs with an inexact k pi/2 and loses digits. */
#include <math.h>

double __two_sum(double a, double b, double *err);
double __two_prod(double a, double b, double *err);
double __dd_div(double ah, double al, double bh, double bl, double *lo);
extern const double __pio2_parts[3];
extern const double __two_over_pi;

union __trig_bits { double d; unsigned w[2]; };

#define ROUNDER 6755399441055744.0

/* x - k pi/2 as r + *rl, with k mod 4 in *quadrant. */
static double reduce(double x, double *rl, int *quadrant)
{
    union __trig_bits t;
    double kd, a, e1, e2, r;
    if (fabs(x) <= 0.785398163397448279) { *rl = 0; *quadrant = 0; return x; }
    if (fabs(x) < 0x1p20) {
        t.d = x * __two_over_pi + ROUNDER;
        *quadrant = (int)(t.w[0] & 3);
        kd = t.d - ROUNDER;
    } else {
        kd = rint(x * __two_over_pi);
        *quadrant = (int)fmod(kd, 4.0);
        if (*quadrant < 0) *quadrant += 4;
    }
    /* k p1 and k p2 are exact, and x - k p1 too (the two are close). */
    a = __two_sum(x - kd * __pio2_parts[0], -kd * __pio2_parts[1], &e1);
    r = __two_sum(a, -kd * __pio2_parts[2], &e2);
    e1 += e2;
    a = r + e1;
    *rl = e1 - (a - r);
    return a;
}

/* sin(r + rl) as hi + *lo for |r| <= pi/4. */
static double sin_kernel(double r, double rl, double *lo)
{
    double z = r * r, s, hi;
    s = r * z * (-1.0 / 6 + z * (1.0 / 120 + z * (-1.0 / 5040 + z * (1.0 / 362880 + z * (-1.0 / 39916800
        + z * (1.0 / 6227020800.0 + z * (-1.0 / 1307674368000.0 + z * (1.0 / 355687428096000.0
        + z * (-1.0 / 121645100408832000.0)))))))));
    s = s + rl * (1 - 0.5 * z);
    hi = r + s;
    *lo = s - (hi - r);
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
