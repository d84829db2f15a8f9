// expect: exit 0
// expect-output: 0 2 2 4 -0
// expect-output: 0.12 0.38 1.00 2.67
// expect-output: 0.1 0.2 1.000
// expect-output: 123.456000 -0.000001
// expect-output: 0.000 0.001
/* %f rounds the exact value half to even, as glibc does. */
#include <stdio.h>
int main(void)
{
    printf("%.0f %.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, 3.5, -0.5);
    printf("%.2f %.2f %.2f %.2f\n", 0.125, 0.375, 1.005, 2.675);
    printf("%.1f %.1f %.3f\n", 0.05, 0.25, 1.0005);
    printf("%f %f\n", 123.456, -0.000001);
    printf("%.3f %.3f\n", 0.0004, 0.0005);
    return 0;
}
