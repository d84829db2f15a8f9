/* The <math.h> test set: every line is a function, its arguments and
 * glibc's result, each double as 16 hex digits of its bits. Built with gcc
 * -m32 -lm by scripts/cc-native-math-ulp.ts, which saves the lines as
 * tests/cc/math-ulp/glibc.txt; tests/cc/math-ulp/check.c then computes the
 * same functions with cc's runtime and counts the ulps between the two. */
#include <stdio.h>
#include <math.h>

union bits { double d; unsigned w[2]; };

static unsigned seed = 12345;

/* A 31-bit pseudo-random integer (the same in every build). */
static unsigned rnd(void)
{
    seed = seed * 1103515245u + 12345u;
    return (seed >> 1) & 0x7fffffff;
}

/* lo + (hi - lo) * u with u a 24-bit fraction: exact while hi - lo has at
 * most 29 significant bits and lo is a multiple of the spacing. */
static double uniform(double lo, double hi)
{
    return lo + (hi - lo) * ((double)(rnd() >> 7) * 0x1p-24);
}

/* A value of any magnitude between 2^lo and 2^hi, mantissa random. */
static double magnitude(int lo, int hi)
{
    double m = 1.0 + (double)rnd() * 0x1p-31;
    return ldexp(m, lo + (int)(rnd() % (unsigned)(hi - lo)));
}

static void hex(double x)
{
    union bits b;
    b.d = x;
    printf(" %08x%08x", b.w[1], b.w[0]);
}

static void one(const char *fn, double x, double r)
{
    printf("%s", fn);
    hex(x);
    hex(r);
    printf("\n");
}

static void two(const char *fn, double x, double y, double r)
{
    printf("%s", fn);
    hex(x);
    hex(y);
    hex(r);
    printf("\n");
}

#define N 60

/* Edge arguments every function meets once: zeros, infinities, NaN, the
 * smallest and largest doubles, exact cases. */
static double special(int i)
{
    static const double v[] = {
        0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, 10.0, 100.0, 1e-300, -1e-300,
        4.9406564584124654e-324, -4.9406564584124654e-324, 2.2250738585072014e-308,
        1.7976931348623157e308, -1.7976931348623157e308, 709.782712893384, -745.13321910194122,
        -708.5, 1024.0, -1074.0, -1075.0, 0x1p-30, -0x1p-30, 0x1p-60, 1e22, -1e22,
        1.0 / 0.0, -1.0 / 0.0, 0.0 / 0.0,
    };
    return i < (int)(sizeof v / sizeof v[0]) ? v[i] : 7.0;
}

#define SPECIALS 32

/* The second arguments of atan2, hypot, fmod and pow: a selection of the specials. */
static const int second[] = { 0, 1, 2, 3, 5, 6, 9, 13, 16, 19, 29, 30, 31 };

int main(void)
{
    int i, j;
    for (i = 0; i < SPECIALS; i++) {
        double x = special(i);
        one("exp", x, exp(x)); one("exp2", x, exp2(x)); one("expm1", x, expm1(x));
        one("log", x, log(x)); one("log2", x, log2(x)); one("log10", x, log10(x)); one("log1p", x, log1p(x));
        one("sin", x, sin(x)); one("cos", x, cos(x)); one("tan", x, tan(x));
        one("atan", x, atan(x)); one("asin", x, asin(x)); one("acos", x, acos(x));
        one("sinh", x, sinh(x)); one("cosh", x, cosh(x)); one("tanh", x, tanh(x));
        one("cbrt", x, cbrt(x)); one("sqrt", x, sqrt(x));
        for (j = 0; j < (int)(sizeof second / sizeof second[0]); j++) {
            double y = special(second[j]);
            two("atan2", x, y, atan2(x, y)); two("hypot", x, y, hypot(x, y));
            two("fmod", x, y, fmod(x, y)); two("pow", x, y, pow(x, y));
        }
    }
    for (i = 0; i < N; i++) {
        double x;
        x = uniform(-745, 710); one("exp", x, exp(x));
        x = uniform(-4, 4); one("exp", x, exp(x));
        x = magnitude(-30, 0) * (i & 1 ? -1 : 1); one("exp", x, exp(x));
        x = uniform(-1075, 1024); one("exp2", x, exp2(x));
        x = uniform(-2, 2); one("exp2", x, exp2(x));
        x = uniform(-40, 40); one("expm1", x, expm1(x));
        x = magnitude(-40, 0) * (i & 1 ? -1 : 1); one("expm1", x, expm1(x));
        x = magnitude(-1022, 1023); one("log", x, log(x));
        x = uniform(0.5, 2); one("log", x, log(x));
        x = magnitude(-1022, 1023); one("log2", x, log2(x));
        x = uniform(0.5, 2); one("log2", x, log2(x));
        x = magnitude(-1022, 1023); one("log10", x, log10(x));
        x = uniform(0.5, 20); one("log10", x, log10(x));
        x = magnitude(-40, 60); one("log1p", x, log1p(x));
        x = -magnitude(-40, -1); one("log1p", x, log1p(x));
        x = uniform(-700, 700); one("sin", x, sin(x));
        x = uniform(-4, 4); one("sin", x, sin(x));
        x = magnitude(-30, 0); one("sin", x, sin(x));
        x = magnitude(20, 1023) * (i & 1 ? -1 : 1); one("sin", x, sin(x));
        x = uniform(-700, 700); one("cos", x, cos(x));
        x = magnitude(20, 1023) * (i & 1 ? -1 : 1); one("cos", x, cos(x));
        x = uniform(-4, 4); one("cos", x, cos(x));
        x = uniform(-700, 700); one("tan", x, tan(x));
        x = uniform(-2, 2); one("tan", x, tan(x));
        x = magnitude(20, 1023) * (i & 1 ? -1 : 1); one("tan", x, tan(x));
        x = magnitude(-30, 60) * (i & 1 ? -1 : 1); one("atan", x, atan(x));
        x = uniform(-1, 1); one("asin", x, asin(x));
        x = uniform(-1, 1); one("acos", x, acos(x));
        x = uniform(-30, 30); one("sinh", x, sinh(x));
        x = uniform(-30, 30); one("cosh", x, cosh(x));
        x = uniform(-20, 20); one("tanh", x, tanh(x));
        x = magnitude(-1000, 1000) * (i & 1 ? -1 : 1); one("cbrt", x, cbrt(x));
        x = magnitude(-1000, 1000); one("sqrt", x, sqrt(x));
        {
            double y;
            x = uniform(-50, 50); y = uniform(-50, 50); two("atan2", x, y, atan2(x, y));
            x = magnitude(-600, 600); y = magnitude(-600, 600); two("hypot", x, y, hypot(x, y));
            x = uniform(-1000, 1000); y = uniform(0.5, 40); two("fmod", x, y, fmod(x, y));
            x = uniform(0, 8); y = uniform(-30, 30); two("pow", x, y, pow(x, y));
            x = magnitude(-40, 40); y = uniform(-20, 20); two("pow", x, y, pow(x, y));
            x = uniform(0.75, 1.25); y = uniform(-2000, 2000); two("pow", x, y, pow(x, y));
            x = -uniform(0, 16); y = (double)((int)(rnd() % 61) - 30); two("pow", x, y, pow(x, y));
        }
    }
    return 0;
}
