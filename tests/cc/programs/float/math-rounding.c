// expect: exit 0
// expect-output: 2.5: 2 3 2 3 2
// expect-output: -2.5: -3 -2 -2 -3 -2
// expect-output: 3.7: 3 4 3 4 4
// expect-output: -3.7: -4 -3 -3 -4 -4
// expect-output: 0.4: 0 1 0 0 0
// expect-output: -0.4: -1 -0 -0 -0 -0
// expect-output: 1e+15: 1e+15 1e+15 1e+15 1e+15 1e+15
// expect-output: 5: 5 5 5 5 5
// expect-output: 3 -3
/* floor, ceil, trunc, round, rint on both signs. */
#include <stdio.h>
#include <math.h>
int main(void)
{
    double v[] = { 2.5, -2.5, 3.7, -3.7, 0.4, -0.4, 1e15 + 0.5, 5.0 };
    int i;
    for (i = 0; i < 8; i++)
        printf("%g: %g %g %g %g %g\n", v[i], floor(v[i]), ceil(v[i]), trunc(v[i]), round(v[i]), rint(v[i]));
    printf("%ld %ld\n", lround(2.5), lround(-2.5));
    return 0;
}
