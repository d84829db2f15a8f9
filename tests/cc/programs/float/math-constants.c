// expect: exit 0
// expect-output: inf -inf
// expect-output: 1 0 1
// expect-output: 1 0 0
// expect-output: 1 1
// expect-output: 3.141592653589793 2.718281828459045
/* HUGE_VAL, INFINITY, NAN and the classification macros. */
#include <stdio.h>
#include <math.h>
int main(void)
{
    double x = 1.0;
    printf("%f %f\n", HUGE_VAL, -INFINITY);
    printf("%d %d %d\n", isnan(NAN) != 0, isnan(x) != 0, isinf(HUGE_VAL) != 0);
    printf("%d %d %d\n", isfinite(x) != 0, isfinite(INFINITY) != 0, isnormal(1e-310) != 0);
    printf("%d %d\n", fpclassify(0.0) == FP_ZERO, fpclassify(1e-310) == FP_SUBNORMAL);
    printf("%.15f %.15f\n", M_PI, M_E);
    return 0;
}
