/* Floating code that gcc (and cc) accept without a warning. */
#include <stdio.h>
#include <math.h>
int main(void)
{
    float f = 0.5f;
    double d = 3;
    long double ld = 2.5L;
    int i = 2.0;
    printf("%f %e %g %E %G %.3f %Lf\n", f, d, d, f, 1.0, sqrt(d), ld);
    scanf("%f %lf %Lf %e %lg", &f, &d, &ld, &f, &d);
    return i + (int)d;
}
