// expect: exit 0
// expect-output: 1.5 0.25 3
// expect-output: 10000000000 0.0025000000000000001 6.0221407599999999e+23
// expect-output: 0.25 3 10.5
// expect-output: 0.10000000149011612 0.10000000000000001
// expect-output: 9.9998886718268301e-321
/* Floating constants: decimal, exponent, hex, suffixes. */
#include <stdio.h>
int main(void)
{
    printf("%.17g %.17g %.17g\n", 1.5, .25, 3.);
    printf("%.17g %.17g %.17g\n", 1e10, 2.5E-3, 6.02214076e23);
    printf("%.17g %.17g %.17g\n", 0x1p-2, 0x1.8p1, 0xA.8p0);
    printf("%.17g %.17g\n", 0.1f, 0.1);
    printf("%.17g\n", 1e-320);
    return 0;
}
