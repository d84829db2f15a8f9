// expect: exit 0
// expect-output: 1.750000 1.250000 0.375000 6.000000
// expect-output: 5.000000 3.500000
// expect-output: 15 -2 0
// expect-output: 0.10000000000000000555
// expect-output: 1.234568e+04 0.0001 1e-05 1.23457e+08
#include <stdio.h>
int main(void)
{
    double a = 1.5, b = 0.25;
    float f = 2.5f;
    int i = 7;
    printf("%f %f %f %f\n", a + b, a - b, a * b, a / b);
    printf("%f %f\n", f * 2, i / 2.0);
    printf("%d %d %d\n", (int)(a * 10), (int)-2.7, a < b);
    printf("%.20f\n", 0.1);
    printf("%e %g %g %g\n", 12345.678, 0.0001, 1e-5, 123456789.0);
    return 0;
}
