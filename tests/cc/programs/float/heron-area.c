// expect: exit 0
// expect-output: 6.000000
// expect-output: 0.433013
// expect-output: 48.000000
/* Heron's formula for triangle areas. */
#include <stdio.h>
#include <math.h>
static double area(double a, double b, double c)
{
    double s = (a + b + c) / 2;
    return sqrt(s * (s - a) * (s - b) * (s - c));
}
int main(void)
{
    printf("%.6f\n", area(3, 4, 5));
    printf("%.6f\n", area(1, 1, 1));
    printf("%.6f\n", area(10, 10, 12));
    return 0;
}
