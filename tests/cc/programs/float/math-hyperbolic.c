// expect: exit 0
// expect-output: 1.17520119364 1.54308063482 0.46211715726
// expect-output: 3 -2 1.25992104989
// expect-output: 0.00100050016671 0.000999500333084
// expect-output: 1 -1
/* sinh, cosh, tanh, cbrt, expm1, log1p (12 significant digits). */
#include <stdio.h>
#include <math.h>
int main(void)
{
    printf("%.12g %.12g %.12g\n", sinh(1.0), cosh(1.0), tanh(0.5));
    printf("%.12g %.12g %.12g\n", cbrt(27.0), cbrt(-8.0), cbrt(2.0));
    printf("%.12g %.12g\n", expm1(1e-3), log1p(1e-3));
    printf("%g %g\n", tanh(50.0), tanh(-50.0));
    return 0;
}
