// expect: exit 0
// expect-output: 0
// expect-output: 1
// expect-output: 1.4142135623730951
// expect-output: 2
// expect-output: 3.1622776601683795
// expect-output: 100000
// expect-output: 0.10000000000000001
// expect-output: 11111.111060555555
// expect-output: 1
// expect-output: 1.41421354
/* sqrt is correctly rounded: perfect squares exact, the rest to the last bit. */
#include <stdio.h>
#include <math.h>
int main(void)
{
    double v[] = { 0.0, 1.0, 2.0, 4.0, 10.0, 1e10, 0.01, 123456789.0 };
    int i;
    for (i = 0; i < 8; i++) printf("%.17g\n", sqrt(v[i]));
    printf("%d\n", isnan(sqrt(-1.0)));
    printf("%.9g\n", sqrtf(2.0f));
    return 0;
}
