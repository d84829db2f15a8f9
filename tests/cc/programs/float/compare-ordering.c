// expect: exit 0
// expect-output: 1 1 0 0 0 1
// expect-output: 0 1 1
// expect-output: 1 0 0
// expect-output: 1 1 1
/* Ordered comparisons, signed zeros and infinities. */
#include <stdio.h>
int main(void)
{
    double a = 1.5, b = 2.5, pz = 0.0, nz = -0.0, inf = 1.0 / pz;
    printf("%d %d %d %d %d %d\n", a < b, a <= b, a > b, a >= b, a == b, a != b);
    printf("%d %d %d\n", b < a, a <= a, a >= a);
    printf("%d %d %d\n", pz == nz, pz < nz, nz < pz);
    printf("%d %d %d\n", inf > 1e308, -inf < -1e308, inf == inf);
    return 0;
}
