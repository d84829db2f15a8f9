// expect: exit 0
// expect-output: 1024 1.4142135623731 0.001
// expect-output: -8 16 2.75567596063108
// expect-output: 1 1 1 0
// expect-output: 1 4.94066e-324 1e+308
// expect-output: inf inf
/* pow: integer and fractional exponents, negative bases, special cases. */
#include <stdio.h>
#include <math.h>
int main(void)
{
    printf("%.15g %.15g %.15g\n", pow(2, 10), pow(2, 0.5), pow(10, -3));
    printf("%.15g %.15g %.15g\n", pow(-2, 3), pow(-2, 4), pow(1.5, 2.5));
    printf("%g %g %g %g\n", pow(0, 0), pow(5, 0), pow(1, 1e300), pow(0, 3));
    printf("%d %g %g\n", isnan(pow(-8, 1.0 / 3)), pow(2, -1074), pow(10, 308));
    printf("%g %g\n", pow(0.0, -1), pow(2, 2000));
    return 0;
}
