// expect: exit 0
// expect-output: 15ae43fd 3f800001 00000001
// expect-output: 1.500 -7.250 0.000
// expect-output: 0.100000001
// expect-output: 3.14
/* atof and strtof; strtof rounds once, straight to float. */
#include <stdio.h>
#include <stdlib.h>
union fb { float f; unsigned u; };
int main(void)
{
    float f = strtof("0.1", NULL);
    union fb a, b, c;
    a.f = strtof("7.038531e-26", NULL);      /* through a double it would round twice */
    b.f = strtof("1.00000017881393432617187499", NULL);
    c.f = strtof("1e-45", NULL);
    printf("%08x %08x %08x\n", a.u, b.u, c.u);
    printf("%.3f %.3f %.3f\n", atof("1.5"), atof("  -7.25 apples"), atof("none"));
    printf("%.9g\n", f);
    printf("%.2f\n", atof("3") + atof("0.14"));
    return 0;
}
