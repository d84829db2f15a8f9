// expect: exit 0
// expect-output: 3.625
/* A static local double keeps its value between calls. */
#include <stdio.h>
static double running(double x)
{
    static double total = 0.5;
    total += x;
    return total;
}
int main(void)
{
    running(1.0);
    running(2.25);
    printf("%.3f\n", running(-0.125));
    return 0;
}
