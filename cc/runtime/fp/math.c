/* math.c: libm on the x87. Exact operations use the instruction that is
 * exact (fsqrt, fabs, frndint under each rounding mode, fprem). exp, log,
 * pow, sin, cos, tan and atan2 run the x87's transcendental instructions
 * (f2xm1, fyl2x, fsin, fcos, fptan, fpatan) with the precision control
 * raised to 64 bits for the duration, and round the result to double once
 * on the way out; sin/cos/tan first reduce the argument by pi/2 in three
 * parts (Cody and Waite), since the FPU's own reduction uses a 66-bit pi.
 * The C wrappers handle infinities, NaNs, zeros and signs. */
#include <math.h>

int __signbit(double x);

union __math_bits { double d; unsigned w[2]; };

/* Each x87 kernel: save the control word, set 64-bit precision, compute ST0
 * from the arguments ([esp+16], [esp+24] after the 12-byte frame), round it
 * to a double through memory, restore the control word. */
#define ENTER "sub esp, 12\n fnstcw word [esp]\n mov ax, word [esp]\n or ax, 0x0300\n mov word [esp+2], ax\n fldcw word [esp+2]\n"
#define LEAVE "fstp qword [esp+4]\n fldcw word [esp]\n fld qword [esp+4]\n add esp, 12\n ret\n"
/* 2^ST0 for a finite ST0: 2^f with |f| <= 1/2 by f2xm1, then scaled by 2^n. */
#define EXP2 "fld st0\n frndint\n fxch st1\n fsub st0, st1\n f2xm1\n fld1\n fadd st0, st1\n fstp st1\n fscale\n fstp st1\n"

asm("section .text\n"
    "__x87_exp:\n" ENTER "fld qword [esp+16]\n fldl2e\n fmul st0, st1\n fstp st1\n" EXP2 LEAVE
    /* e^x - 1 for |x| < 1/2, where x * log2(e) is within f2xm1's range. */
    "__x87_expm1:\n" ENTER "fld qword [esp+16]\n fldl2e\n fmul st0, st1\n fstp st1\n f2xm1\n" LEAVE
    "__x87_exp2:\n" ENTER "fld qword [esp+16]\n" EXP2 LEAVE
    "__x87_pow:\n" ENTER "fld qword [esp+24]\n fld qword [esp+16]\n fyl2x\n" EXP2 LEAVE
    "__x87_ln:\n" ENTER "fldln2\n fld qword [esp+16]\n fyl2x\n" LEAVE
    "__x87_log2:\n" ENTER "fld1\n fld qword [esp+16]\n fyl2x\n" LEAVE
    "__x87_log10:\n" ENTER "fldlg2\n fld qword [esp+16]\n fyl2x\n" LEAVE
    "__x87_log1p:\n" ENTER "fldln2\n fld qword [esp+16]\n fyl2xp1\n" LEAVE
    "__x87_sin:\n" ENTER "fld qword [esp+16]\n fsin\n" LEAVE
    "__x87_cos:\n" ENTER "fld qword [esp+16]\n fcos\n" LEAVE
    "__x87_tan:\n" ENTER "fld qword [esp+16]\n fptan\n fstp st0\n" LEAVE
    "__x87_atan2:\n" ENTER "fld qword [esp+16]\n fld qword [esp+24]\n fpatan\n" LEAVE
    "__x87_hypot:\n" ENTER "fld qword [esp+16]\n fmul st0, st0\n fld qword [esp+24]\n fmul st0, st0\n faddp st1, st0\n fsqrt\n" LEAVE
    /* frndint under rounding mode [esp+24]: 0 nearest, 1 down, 2 up, 3 toward zero. */
    "__x87_round:\n sub esp, 4\n fnstcw word [esp]\n mov ax, word [esp]\n and ax, 0xf3ff\n mov ecx, dword [esp+16]\n shl ecx, 10\n or ax, cx\n"
    " mov word [esp+2], ax\n fldcw word [esp+2]\n fld qword [esp+8]\n frndint\n fldcw word [esp]\n add esp, 4\n ret\n"
    "global sqrt\nsqrt:\n fld qword [esp+4]\n fsqrt\n ret\n"
    "global fabs\nfabs:\n fld qword [esp+4]\n fabs\n ret\n"
    /* fprem is exact; it reduces by at most 2^63 per round, so loop until C2 is clear. */
    "global fmod\nfmod:\n fld qword [esp+12]\n fld qword [esp+4]\n"
    ".again:\n fprem\n fnstsw ax\n test ah, 4\n jnz .again\n fstp st1\n ret\n");

double __x87_exp(double x);
double __x87_exp2(double x);
double __x87_expm1(double x);
double __x87_pow(double x, double y);
double __x87_ln(double x);
double __x87_log2(double x);
double __x87_log10(double x);
double __x87_log1p(double x);
double __x87_sin(double x);
double __x87_cos(double x);
double __x87_tan(double x);
double __x87_atan2(double y, double x);
double __x87_hypot(double x, double y);
double __x87_round(double x, int mode);

int __fpclassify(double x)
{
    union __math_bits b;
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
    union __math_bits b;
    b.d = x;
    return (int)(b.w[1] >> 31);
}

double copysign(double x, double y)
{
    union __math_bits a, b;
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
    union __math_bits b;
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
    union __math_bits b;
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

double hypot(double x, double y)
{
    double ax = fabs(x), ay = fabs(y);
    double big = ax > ay ? ax : ay;
    if (isinf(x) || isinf(y)) return 1.0 / 0.0;
    /* An x87 with double registers (ringside's) has a double's exponent range,
       so the squares of numbers above 2^500 or below 2^-500 would overflow or
       underflow: scale by a power of two first, which is exact. */
    if (big > 0x1p500) return __x87_hypot(x * 0x1p-600, y * 0x1p-600) * 0x1p600;
    if (big < 0x1p-500 && big != 0) return __x87_hypot(x * 0x1p600, y * 0x1p600) * 0x1p-600;
    return __x87_hypot(x, y);
}

double exp(double x)
{
    if (isnan(x)) return x;
    if (x > 710) return 1.0 / 0.0;
    if (x < -746) return 0.0;
    return __x87_exp(x);
}

double exp2(double x)
{
    if (isnan(x)) return x;
    if (x > 1025) return 1.0 / 0.0;
    if (x < -1076) return 0.0;
    return __x87_exp2(x);
}

double expm1(double x)
{
    /* exp(x) - 1 would lose the low digits near zero; f2xm1 does not. */
    if (fabs(x) < 0.5) return __x87_expm1(x);
    return exp(x) - 1;
}

/* The logarithms: NaN below zero, -inf at zero, inf at inf. */
static int log_special(double x, double *r)
{
    if (isnan(x)) { *r = x; return 1; }
    if (x < 0) { *r = 0.0 / 0.0; return 1; }
    if (x == 0) { *r = -1.0 / 0.0; return 1; }
    if (isinf(x)) { *r = x; return 1; }
    return 0;
}

double log(double x) { double r; return log_special(x, &r) ? r : __x87_ln(x); }
double log2(double x) { double r; return log_special(x, &r) ? r : __x87_log2(x); }
double log10(double x) { double r; return log_special(x, &r) ? r : __x87_log10(x); }

double log1p(double x)
{
    double r;
    if (fabs(x) < 0.29) return __x87_log1p(x);
    return log_special(1 + x, &r) ? r : __x87_ln(1 + x);
}

/* Is y an odd integer? (Decides the sign of pow for a negative x.) */
static int odd_integer(double y)
{
    return fabs(y) < 0x1p53 && trunc(y) == y && fmod(y, 2.0) != 0;
}

double pow(double x, double y)
{
    int neg = 0;
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
    }
    x = __x87_pow(x, y);
    return neg ? -x : x;
}

double cbrt(double x)
{
    double y;
    if (x == 0 || !isfinite(x)) return x;
    y = pow(fabs(x), 1.0 / 3.0);
    y = y - (y * y * y - fabs(x)) / (3 * y * y); /* one Newton step: exact cubes come out exact */
    return x < 0 ? -y : y;
}

/* x - k*pi/2 in three parts: the first two have 33 bits, so k times them is exact. */
#define PIO2_1 1.57079632673412561417e+00
#define PIO2_2 6.07710050650619224932e-11
#define PIO2_3 2.02226624879595063154e-21
#define TWO_OVER_PI 6.36619772367581382433e-01

static double reduce(double x, int *quadrant)
{
    double k;
    if (fabs(x) <= M_PI_4) { *quadrant = 0; return x; }
    k = rint(x * TWO_OVER_PI);
    *quadrant = (int)fmod(k, 4.0);
    if (*quadrant < 0) *quadrant += 4;
    return ((x - k * PIO2_1) - k * PIO2_2) - k * PIO2_3;
}

double sin(double x)
{
    int q;
    double r;
    if (!isfinite(x)) return x - x;
    r = reduce(x, &q);
    switch (q) {
    case 0: return __x87_sin(r);
    case 1: return __x87_cos(r);
    case 2: return -__x87_sin(r);
    default: return -__x87_cos(r);
    }
}

double cos(double x)
{
    int q;
    double r;
    if (!isfinite(x)) return x - x;
    r = reduce(x, &q);
    switch (q) {
    case 0: return __x87_cos(r);
    case 1: return -__x87_sin(r);
    case 2: return -__x87_cos(r);
    default: return __x87_sin(r);
    }
}

double tan(double x)
{
    int q;
    double r;
    if (!isfinite(x)) return x - x;
    r = reduce(x, &q);
    return q % 2 == 0 ? __x87_tan(r) : -1.0 / __x87_tan(r);
}

double atan2(double y, double x) { return isnan(x) || isnan(y) ? x + y : __x87_atan2(y, x); }
double atan(double x) { return isnan(x) ? x : __x87_atan2(x, 1.0); }
double asin(double x) { return fabs(x) > 1 ? 0.0 / 0.0 : __x87_atan2(x, sqrt((1 - x) * (1 + x))); }
double acos(double x) { return fabs(x) > 1 ? 0.0 / 0.0 : __x87_atan2(sqrt((1 - x) * (1 + x)), x); }

double sinh(double x)
{
    double e;
    if (fabs(x) >= 1) return (exp(x) - exp(-x)) / 2;
    /* (e^x - e^-x) / 2 = (E + E / (E + 1)) / 2 with E = e^|x| - 1: no cancellation. */
    e = expm1(fabs(x));
    e = (e + e / (e + 1)) / 2;
    return x < 0 ? -e : e;
}

double cosh(double x) { return (exp(x) + exp(-x)) / 2; }

double tanh(double x)
{
    double e;
    if (fabs(x) > 20) return x > 0 ? 1.0 : -1.0;
    e = expm1(2 * x);
    return e / (e + 2);
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
