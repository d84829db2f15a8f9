// expect: exit 0
// expect-output: 3.5 2 0
// expect-output: -3 2 -1
// expect-output: 2 1 2 0
// expect-output: 5 1.4142135623730952e+300
/* fabs, copysign, fmax, fmin, fdim, hypot. */
#include <stdio.h>
#include <math.h>
int main(void)
{
    printf("%g %g %g\n", fabs(-3.5), fabs(2.0), fabs(-0.0));
    printf("%g %g %g\n", copysign(3.0, -1.0), copysign(-2.0, 1.0), copysign(1.0, -0.0));
    printf("%g %g %g %g\n", fmax(1, 2), fmin(1, 2), fdim(5, 3), fdim(3, 5));
    printf("%.17g %.17g\n", hypot(3, 4), hypot(1e300, 1e300));
    return 0;
}
