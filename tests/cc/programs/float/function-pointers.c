// expect: exit 0
// expect-output: -3.00 1.50 1.50 
/* Pointers to functions taking and returning double. */
#include <stdio.h>
#include <math.h>
static double twice(double x) { return 2 * x; }
static double negate(double x) { return -x; }
int main(void)
{
    double (*ops[3])(double) = { twice, negate, fabs };
    int i;
    for (i = 0; i < 3; i++) printf("%.2f ", ops[i](-1.5));
    printf("\n");
    return 0;
}
