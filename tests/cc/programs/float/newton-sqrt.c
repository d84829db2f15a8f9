// expect: exit 0
// expect-output: 1.414213562373 1
// expect-output: 3.000000000000 1
// expect-output: 0.500000000000 1
// expect-output: 1000.000000000000 1
// expect-output: 111.111110605556 1
/* Newton's method for square roots, against sqrt. */
#include <stdio.h>
#include <math.h>
static double newton(double a)
{
    double x = a > 1 ? a : 1;
    int i;
    for (i = 0; i < 60; i++) {
        double next = (x + a / x) / 2;
        if (next == x) break;
        x = next;
    }
    return x;
}
int main(void)
{
    double v[] = { 2, 9, 0.25, 1e6, 12345.6789 };
    int i;
    for (i = 0; i < 5; i++) printf("%.12f %d\n", newton(v[i]), fabs(newton(v[i]) - sqrt(v[i])) < 1e-9);
    return 0;
}
