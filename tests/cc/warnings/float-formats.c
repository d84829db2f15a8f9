// expect-warning: format '%g' expects argument of type 'double', but argument 4 has type 'int' [-Wformat=]
// expect-warning: format '%f' expects argument of type 'double', but argument 3 has type 'long double' [-Wformat=]
// expect-warning: format '%f' expects argument of type 'float *', but argument 4 has type 'double *' [-Wformat=]
// expect-warning: format '%Lf' expects argument of type 'long double *', but argument 3 has type 'double *' [-Wformat=]
#include <stdio.h>
int main(void)
{
    float f;
    double d;
    long double ld = 1;
    int i = 1;
    printf("%f %e %g\n", 1.0, 2.0f, i);
    printf("%Lf %f\n", ld, ld);
    scanf("%f %lf %f", &f, &d, &d);
    sscanf("1", "%Lf", &d);
    return 0;
}
