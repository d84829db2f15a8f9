// expect: exit 0
// expect-output: 1.5 -1.5 1.5 -1.5
// expect-output: 1
// expect-output: 0.09999999999999945
// expect-output: 1 0
/* fmod keeps the dividend's sign and is exact. */
#include <stdio.h>
#include <math.h>
int main(void)
{
    printf("%g %g %g %g\n", fmod(7.5, 2), fmod(-7.5, 2), fmod(7.5, -2), fmod(-7.5, -2));
    printf("%.17g\n", fmod(1e20, 3.0));
    printf("%.17g\n", fmod(10.0, 0.1));
    printf("%g %g\n", fmod(1.0, 3.0), fmod(0.0, 5.0));
    return 0;
}
