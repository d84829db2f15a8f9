// expect: exit 0
// expect-output: 4 1.50 -225.00 0.0030 0.50
// expect-output: 2 1234.000 5.678
// expect-output: 0
// expect-output: 1 8.5
/* sscanf %f (float), %lf (double), %e %g, widths and suppression. */
#include <stdio.h>
int main(void)
{
    float f;
    double d, e, g;
    int n = sscanf("1.5 -2.25e2 3e-3 0.5", "%f %lf %le %lg", &f, &d, &e, &g);
    printf("%d %.2f %.2f %.4f %.2f\n", n, f, d, e, g);
    n = sscanf("12345.678", "%4lf%lf", &d, &e);
    printf("%d %.3f %.3f\n", n, d, e);
    n = sscanf("x 1.0", "%lf", &d);
    printf("%d\n", n);
    n = sscanf("7.5 8.5", "%*f %lf", &d);
    printf("%d %.1f\n", n, d);
    return 0;
}
