// expect: exit 0
// expect-output: -2147483648.0 2147483647.0 4294967295.0 3000000000.0
// expect-output: 2147483648.0
// expect-output: -1234.0 250.0
/* int, unsigned int and narrow types to double and float. */
#include <stdio.h>
int main(void)
{
    int imin = -2147483647 - 1, imax = 2147483647;
    unsigned umax = 4294967295u, ubig = 3000000000u;
    short s = -1234;
    unsigned char uc = 250;
    double d1 = imin, d2 = imax, d3 = umax, d4 = ubig;
    float f = imax;
    printf("%.1f %.1f %.1f %.1f\n", d1, d2, d3, d4);
    printf("%.1f\n", f);
    printf("%.1f %.1f\n", (double)s, (double)uc);
    return 0;
}
