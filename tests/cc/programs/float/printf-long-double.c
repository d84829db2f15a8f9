// expect: exit 0
// expect-output: 0.250000 0.62
// expect-output: 2.5 2.500000e-01
/* long double is double in cc; %Lf still prints it. */
#include <stdio.h>
int main(void)
{
    long double x = 1.0L / 4;
    long double y = 2.5;
    printf("%Lf %.2Lf\n", x, y * x);
    printf("%Lg %Le\n", y, x);
    return 0;
}
