// expect: exit 0
// expect-output: 100000 1e+06 0.0001 1e-05
// expect-output: 1.5 2 0.1
// expect-output: 3.14 1.23e+03 0.6666666667 8
// expect-output: 1.00000 2.00 1E-20 3.5E+30
// expect-output: [     3.142] [0.5       ] [+42]
// expect-output: 0 1.23457e+08
/* %g picks %e or %f by the exponent and drops trailing zeros. */
#include <stdio.h>
int main(void)
{
    printf("%g %g %g %g\n", 100000.0, 1000000.0, 0.0001, 0.00001);
    printf("%g %g %g\n", 1.5, 2.0, 0.1);
    printf("%.3g %.3g %.10g %.0g\n", 3.14159, 1234.5, 2.0 / 3.0, 7.7);
    printf("%#g %#.3g %G %G\n", 1.0, 2.0, 1e-20, 3.5e30);
    printf("[%10.4g] [%-10g] [%+g]\n", 3.14159, 0.5, 42.0);
    printf("%g %g\n", 0.0, 123456789.0);
    return 0;
}
