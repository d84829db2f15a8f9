// expect: exit 0
// expect-output: 0.5 4 8
// expect-output: 0.59999999999999998 -1 0.29999999999999999
// expect-output: -0.9765625 10 -1000
// expect-output: 0.57526180315593933 -1029 9.9999999999999694e-311
// expect-output: 1024 0.75 4.94066e-324
// expect-output: -3 -0.75
/* Splitting a double into mantissa and exponent, and back. */
#include <stdio.h>
#include <math.h>
int main(void)
{
    double v[] = { 8.0, 0.3, -1000.0, 1e-310 };
    int i, e;
    for (i = 0; i < 4; i++) {
        double m = frexp(v[i], &e);
        printf("%.17g %d %.17g\n", m, e, ldexp(m, e));
    }
    printf("%g %g %g\n", ldexp(1.0, 10), ldexp(3.0, -2), ldexp(1.0, -1074));
    {
        double ip, fp = modf(-3.75, &ip);
        printf("%g %g\n", ip, fp);
    }
    return 0;
}
