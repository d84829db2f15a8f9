/* math.c: the exact parts of libm and the float versions. Exact operations
 * use the x87 instruction that is exact (fsqrt, fabs, frndint under each
 * rounding mode, fprem); hypot and cbrt correct a first guess with exact
 * products. The transcendental functions are in exp.c, log.c, trig.c and
 * atan.c, in double arithmetic alone: ringside's x87 keeps doubles (not
 * 80-bit reals), so nothing may rely on a wider intermediate, and the x87's
 * own F2XM1, FYL2X, FSIN ... are not used. */
#include <math.h>
#include "libm.h"

int __signbit(double x);

asm("section .text\n"
    /* frndint under rounding mode [esp+24]: 0 nearest, 1 down, 2 up, 3 toward zero. */
    "__x87_round:\n sub esp, 4\n fnstcw word [esp]\n mov ax, word [esp]\n and ax, 0xf3ff\n mov ecx, dword [esp+16]\n shl ecx, 10\n or ax, cx\n"
    " mov word [esp+2], ax\n fldcw word [esp+2]\n fld qword [esp+8]\n frndint\n fldcw word [esp]\n add esp, 4\n ret\n"
    "global sqrt\nsqrt:\n fld qword [esp+4]\n fsqrt\n ret\n"
    "global fabs\nfabs:\n fld qword [esp+4]\n fabs\n ret\n"
    /* fprem is exact; it reduces by at most 2^63 per round, so loop until C2 is clear. */
    "global fmod\nfmod:\n fld qword [esp+12]\n fld qword [esp+4]\n"
    ".again:\n fprem\n fnstsw ax\n test ah, 4\n jnz .again\n fstp st1\n ret\n");

double __x87_round(double x, int mode);

int __fpclassify(double x)
{
    union __libm_bits b;
    unsigned e;
    b.d = x;
    e = (b.w[1] >> 20) & 0x7ff;
    if (e == 0x7ff) return (b.w[1] & 0xfffff) != 0 || b.w[0] != 0 ? FP_NAN : FP_INFINITE;
    if (e == 0) return (b.w[1] & 0xfffff) != 0 || b.w[0] != 0 ? FP_SUBNORMAL : FP_ZERO;
    return FP_NORMAL;
}

/* As glibc's: -1 for -inf, 1 for +inf. */
int __isinf(double x)
{
    if (__fpclassify(x) != FP_INFINITE) return 0;
    return __signbit(x) ? -1 : 1;
}

int __signbit(double x)
{
    union __libm_bits b;
    b.d = x;
    return (int)(b.w[1] >> 31);
}

double copysign(double x, double y)
{
    union __libm_bits a, b;
    a.d = x;
    b.d = y;
    a.w[1] = (a.w[1] & 0x7fffffffu) | (b.w[1] & 0x80000000u);
    return a.d;
}

double floor(double x) { return __x87_round(x, 1); }
double ceil(double x) { return __x87_round(x, 2); }
double trunc(double x) { return __x87_round(x, 3); }
double rint(double x) { return __x87_round(x, 0); }
double nearbyint(double x) { return __x87_round(x, 0); }
long lrint(double x) { return (long)__x87_round(x, 0); }

/* Halfway cases away from zero: x - trunc(x) is exact. */
double round(double x)
{
    double t = trunc(x);
    if (fabs(x - t) >= 0.5) t += x < 0 ? -1.0 : 1.0;
    return t;
}

long lround(double x) { return (long)round(x); }

double modf(double x, double *ip)
{
    double t = trunc(x);
    *ip = t;
    if (isinf(x)) return copysign(0.0, x);
    return copysign(x - t, x);
}

double remainder(double x, double y)
{
    double r = fmod(x, y), half = fabs(y) / 2;
    /* fmod's result has x's sign; the nearest multiple may be one further. */
    if (fabs(r) > half || (fabs(r) == half && fmod(trunc(x / y), 2.0) != 0)) r -= copysign(fabs(y), r);
    return r;
}

double ldexp(double x, int e)
{
    union __libm_bits b;
    int k;
    if (x == 0 || !isfinite(x)) return x;
    /* Scale in steps a double can hold; each step is exact until the last. */
    while (e > 1000) { x *= 0x1p1000; e -= 1000; if (isinf(x)) return x; }
    while (e < -1000) { x *= 0x1p-1000; e += 1000; if (x == 0) return x; }
    k = e;
    b.d = 1.0;
    if (k >= -1022) { b.w[1] = (unsigned)(k + 1023) << 20; return x * b.d; }
    b.w[1] = (unsigned)(k + 1000 + 1023) << 20;
    return x * b.d * 0x1p-1000;
}

double scalbn(double x, int e) { return ldexp(x, e); }

double frexp(double x, int *e)
{
    union __libm_bits b;
    int ex;
    *e = 0;
    if (x == 0 || !isfinite(x)) return x;
    if (__fpclassify(x) == FP_SUBNORMAL) { x *= 0x1p64; *e = -64; }
    b.d = x;
    ex = (int)((b.w[1] >> 20) & 0x7ff);
    *e += ex - 1022;
    b.w[1] = (b.w[1] & 0x800fffffu) | (1022u << 20);
    return b.d;
}

double fmax(double x, double y) { return isnan(x) ? y : isnan(y) ? x : x > y ? x : y; }
double fmin(double x, double y) { return isnan(x) ? y : isnan(y) ? x : x < y ? x : y; }
double fdim(double x, double y) { return isnan(x) || isnan(y) ? x + y : x > y ? x - y : 0.0; }

/* sqrt(x^2 + y^2) for finite x, y of moderate size: the sum of squares as
 * s + sl exactly enough, its square root, then one Newton correction. */
static double hypot_kernel(double x, double y)
{
    double a, ae, b, be, s, sl, e, r, p, pe;
    a = __two_prod(x, x, &ae);
    b = __two_prod(y, y, &be);
    s = __two_sum(a, b, &e);
    sl = e + ae + be;
    r = sqrt(s);
    if (r == 0) return r;
    p = __two_prod(r, r, &pe);
    return r + (((s - p) - pe) + sl) / (2 * r);
}

double hypot(double x, double y)
{
    double ax = fabs(x), ay = fabs(y);
    double big = ax > ay ? ax : ay;
    if (isinf(x) || isinf(y)) return 1.0 / 0.0;
    if (isnan(x) || isnan(y)) return x + y;
    /* Squares of numbers above 2^500 or below 2^-450 would overflow or
       lose digits: scale by a power of two first, which is exact. */
    if (big > 0x1p500) return hypot_kernel(ax * 0x1p-600, ay * 0x1p-600) * 0x1p600;
    if (big < 0x1p-450 && big != 0) return hypot_kernel(ax * 0x1p600, ay * 0x1p600) * 0x1p-600;
    return hypot_kernel(ax, ay);
}

/* A first guess from pow, then one Newton step whose residual x - y^3 is
 * formed exactly. */
double cbrt(double x)
{
    double a = fabs(x), y, y2, y2l, y3, y3l, r;
    if (x == 0 || !isfinite(x)) return x + x;
    if (a < 0x1p-900 || a > 0x1p900) {
        /* Keep y^3 in range: cbrt(a 2^3k) = cbrt(a) 2^k. */
        y = a < 1 ? cbrt(a * 0x1p900) * 0x1p-300 : cbrt(a * 0x1p-900) * 0x1p300;
        return x < 0 ? -y : y;
    }
    y = pow(a, 1.0 / 3.0);
    y2 = __two_prod(y, y, &y2l);
    y3 = __two_prod(y2, y, &y3l);
    y3l += y2l * y;
    r = ((a - y3) - y3l) / (3 * y2);
    y = y + r;
    return x < 0 ? -y : y;
}

float sqrtf(float x) { return (float)sqrt(x); }
float fabsf(float x) { return (float)fabs(x); }
float floorf(float x) { return (float)floor(x); }
float ceilf(float x) { return (float)ceil(x); }
float sinf(float x) { return (float)sin(x); }
float cosf(float x) { return (float)cos(x); }
float expf(float x) { return (float)exp(x); }
float logf(float x) { return (float)log(x); }
float powf(float x, float y) { return (float)pow(x, y); }
