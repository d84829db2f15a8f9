// expect: exit 0
// expect-output: 0.0 -0.0 -2.5
// expect-output: 1 0
// expect-output: -0.0
/* Negation flips the sign bit: -0.0 prints with its sign. */
#include <stdio.h>
#include <math.h>
int main(void)
{
    double z = 0.0, nz = -z;
    double x = 2.5;
    printf("%.1f %.1f %g\n", z, nz, -x);
    printf("%d %d\n", signbit(nz) != 0, signbit(z) != 0);
    printf("%.1f\n", nz * 5);
    return 0;
}
