// expect: exit 0
// expect-output: 1 0 0 1
// expect-output: 1 0
/* Converting to _Bool compares with zero; NaN is not zero. */
#include <stdio.h>
#include <stdbool.h>
int main(void)
{
    double zero = 0.0;
    bool a = 0.5, b = 0.0, c = -0.0, d = zero / zero;
    printf("%d %d %d %d\n", a, b, c, d);
    printf("%d %d\n", !0.0, !2.5);
    return 0;
}
