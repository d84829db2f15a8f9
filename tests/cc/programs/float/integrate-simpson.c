// expect: exit 0
// expect-output: 9.0000000000
// expect-output: 0.6931471809
// expect-output: 2.00000006
/* Simpson's rule on a few integrals. */
#include <stdio.h>
#include <math.h>
static double simpson(double (*f)(double), double a, double b, int n)
{
    double h = (b - a) / n, s = f(a) + f(b);
    int i;
    for (i = 1; i < n; i++) s += f(a + i * h) * (i % 2 ? 4 : 2);
    return s * h / 3;
}
static double square(double x) { return x * x; }
static double inverse(double x) { return 1 / x; }
int main(void)
{
    printf("%.10f\n", simpson(square, 0, 3, 100));
    printf("%.10f\n", simpson(inverse, 1, 2, 100));
    printf("%.8f\n", simpson(sin, 0, M_PI, 64));
    return 0;
}
