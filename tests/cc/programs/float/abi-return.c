// expect: exit 0
// expect-output: 18.000
// expect-output: 27.000
// expect-output: 1.500
/* float and double results come back in ST0 and mix in expressions. */
#include <stdio.h>
static double area(double r) { return 3.0 * r * r; }
static float scale(float x) { return x * 1.5f; }
static double twice(double (*f)(double), double x) { return f(f(x)); }
int main(void)
{
    double total = area(2.0) + scale(2.0f) * 2;
    printf("%.3f\n", total);
    printf("%.3f\n", twice(area, 1.0));
    area(5.0);          /* a result nobody uses is popped */
    printf("%.3f\n", area(1.0) - scale(1.0f));
    return 0;
}
