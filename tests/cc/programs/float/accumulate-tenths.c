// expect: exit 0
// expect-output: 0.99999999999999989 0
// expect-output: 1.00000012 0
// expect-output: 1.1102230246251565e-16
/* Adding 0.1 ten times is not exactly 1: binary fractions. */
#include <stdio.h>
int main(void)
{
    double s = 0;
    float f = 0;
    int i;
    for (i = 0; i < 10; i++) { s += 0.1; f += 0.1f; }
    printf("%.17g %d\n", s, s == 1.0);
    printf("%.9g %d\n", f, f == 1.0f);
    printf("%.17g\n", 1.0 - s);
    return 0;
}
