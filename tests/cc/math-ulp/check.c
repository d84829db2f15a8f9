/* Runs every case of the <math.h> test set (cases.c, made from glibc's
 * results by tests/cc/math-ulp/cases.ts) and prints, per function: the
 * number of cases, how many match glibc bit for bit, the largest distance in
 * units in the last place, and the first argument where it occurs. */
#include <stdio.h>
#include <string.h>
#include <math.h>

extern const int case_groups;
extern const char *const group_name[];
extern const int group_end[];
extern const unsigned case_bits[];

union bits { double d; unsigned w[2]; };

static const char *const names[] = {
    "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan",
    "atan", "asin", "acos", "sinh", "cosh", "tanh", "cbrt", "sqrt", "atan2", "hypot",
    "fmod", "pow", 0
};

static double call(int f, double x, double y)
{
    switch (f) {
    case 0: return exp(x);
    case 1: return exp2(x);
    case 2: return expm1(x);
    case 3: return log(x);
    case 4: return log2(x);
    case 5: return log10(x);
    case 6: return log1p(x);
    case 7: return sin(x);
    case 8: return cos(x);
    case 9: return tan(x);
    case 10: return atan(x);
    case 11: return asin(x);
    case 12: return acos(x);
    case 13: return sinh(x);
    case 14: return cosh(x);
    case 15: return tanh(x);
    case 16: return cbrt(x);
    case 17: return sqrt(x);
    case 18: return atan2(x, y);
    case 19: return hypot(x, y);
    case 20: return fmod(x, y);
    default: return pow(x, y);
    }
}

static double value(int i, int k)
{
    union bits b;
    b.w[1] = case_bits[6 * i + 2 * k];
    b.w[0] = case_bits[6 * i + 2 * k + 1];
    return b.d;
}

/* A double's bits as an integer where neighbouring doubles differ by 1. */
static long long ordered(double x)
{
    union bits b;
    long long m;
    b.d = x;
    m = ((long long)(b.w[1] & 0x7fffffffu) << 32) | b.w[0];
    return b.w[1] >> 31 ? -m : m;
}

int main(void)
{
    int g, i = 0, f, exact;
    long long worst, d;
    double worst_x;
    for (g = 0; g < case_groups; g++) {
        for (f = 0; names[f] && strcmp(names[f], group_name[g]) != 0; f++) {}
        if (!names[f]) { printf("%s unknown\n", group_name[g]); return 1; }
        exact = 0;
        worst = 0;
        worst_x = 0;
        for (; i < group_end[g]; i++) {
            double x = value(i, 0), want = value(i, 2), got = call(f, x, value(i, 1));
            if (isnan(want) || isnan(got)) d = isnan(want) && isnan(got) ? 0 : 1LL << 62;
            else if (got == 0 && want == 0) d = signbit(got) == signbit(want) ? 0 : 1LL << 62; /* -0 is not +0 */
            else d = ordered(got) - ordered(want);
            if (d < 0) d = -d;
            if (d == 0) exact++;
            if (d > worst) { worst = d; worst_x = x; }
        }
        printf("%s %d %d %lld %.17g\n", group_name[g], group_end[g] - (g ? group_end[g - 1] : 0), exact, worst, worst_x);
    }
    return 0;
}
