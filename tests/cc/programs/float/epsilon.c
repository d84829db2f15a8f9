// expect: exit 0
// expect-output: 2.22045e-16 1
// expect-output: 1.19209e-07 1
// expect-output: 53 24 15
// expect-output: 1.79769e+308 3.40282e+38
/* <float.h>: machine epsilon found by halving, against the header. */
#include <stdio.h>
#include <float.h>
int main(void)
{
    double e = 1.0, dsum;
    float fe = 1.0f, one = 1.0f, sum;
    /* Each sum is stored, so it is rounded to its type before the test. */
    for (;;) {
        dsum = 1.0 + e / 2;
        if (dsum <= 1.0) break;
        e /= 2;
    }
    for (;;) {
        sum = one + fe / 2;
        if (sum <= one) break;
        fe /= 2;
    }
    printf("%g %d\n", e, e == DBL_EPSILON);
    printf("%g %d\n", fe, fe == FLT_EPSILON);
    printf("%d %d %d\n", DBL_MANT_DIG, FLT_MANT_DIG, DBL_DIG);
    printf("%g %g\n", DBL_MAX, FLT_MAX);
    return 0;
}
