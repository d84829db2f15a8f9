// expect: exit 0
// expect-output: 0.33333333333333331
// expect-output: 0.3333333432674408
// expect-output: 0.300000012
// expect-output: 0
/* Narrowing to float rounds to 24 bits; widening is exact. */
#include <stdio.h>
int main(void)
{
    double third = 1.0 / 3.0;
    float f = third;
    double back = f;
    float g = (float)0.1 + (float)0.2;
    printf("%.17g\n%.17g\n", third, back);
    printf("%.9g\n", g);
    printf("%d\n", (float)third == third);
    return 0;
}
