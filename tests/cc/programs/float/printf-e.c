// expect: exit 0
// expect-output: 1.234568e+04 1.230000e-04 0.000000e+00
// expect-output: 6e+00 1.0e+01 3.3333333333e-01
// expect-output: 6.022141E+23 +1.000000e+00   -1.000e-10|2.000e+00   |
// expect-output: 1.000000e+100 1.000000e-300
// expect-output: 3.e+00 9.99e+00
/* %e and %E: one digit, the point, the precision, a signed exponent. */
#include <stdio.h>
int main(void)
{
    printf("%e %e %e\n", 12345.678, 0.000123, 0.0);
    printf("%.0e %.1e %.10e\n", 5.5, 9.96, 1.0 / 3.0);
    printf("%E %+e %12.3e|%-12.3e|\n", 6.02214076e23, 1.0, -1e-10, 2.0);
    printf("%e %e\n", 1e100, 1e-300);
    printf("%#.0e %.2e\n", 3.0, 9.995);
    return 0;
}
