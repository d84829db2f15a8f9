// expect: exit 0
// expect-output: inf -inf inf -inf
// expect-output: 1 -1
// expect-output: 1
/* Floating division by zero gives infinities, not a trap. */
#include <stdio.h>
#include <math.h>
int main(void)
{
    double zero = 0.0;
    double p = 1.0 / zero, n = -1.0 / zero;
    printf("%f %f %e %g\n", p, n, p, n);
    printf("%d %d\n", isinf(p), isinf(n));
    printf("%d\n", 1.0 / p == 0.0);
    return 0;
}
