// expect: exit 0
// expect-output: 10000000068.6250
// expect-output: 1.5000
// expect-output: -0.5000
/* float and double parameters mixed with integers on the stack. */
#include <stdio.h>
static double mix(int a, double b, float c, long long d, char e, double f)
{
    return a + b + c + d + e + f;
}
static float halve(float x) { return x / 2; }
int main(void)
{
    printf("%.4f\n", mix(1, 2.5, 0.25f, 10000000000LL, 'A', -0.125));
    printf("%.4f\n", halve(3.0f));
    printf("%.4f\n", mix(-1, 0, 0, 0, 0, halve(1)));
    return 0;
}
