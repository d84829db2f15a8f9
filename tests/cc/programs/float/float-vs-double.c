// expect: exit 0
// expect-output: 0.100000001490 0.100000000000
// expect-output: 0
// expect-output: 16777216.0 16777217.0
// expect-output: 4 8
/* A float holds 24 bits, a double 53: the same constant differs. */
#include <stdio.h>
int main(void)
{
    float f = 0.1f;
    double d = 0.1;
    float big = 16777217.0f;
    printf("%.12f %.12f\n", f, d);
    printf("%d\n", f == d);
    printf("%.1f %.1f\n", big, 16777217.0);
    printf("%d %d\n", (int)sizeof(float), (int)sizeof(double));
    return 0;
}
