// expect: exit 0
// expect-output: [inf] [-inf] [inf] [inf]
// expect-output: [INF] [INF] [NAN]
// expect-output: [     inf] [inf     ] [     inf] [+inf]
// expect-output: [nan] [  nan]
/* Infinities and NaN as words; the 0 flag pads with spaces for them. */
#include <stdio.h>
#include <math.h>
int main(void)
{
    double inf = INFINITY, n = NAN;
    printf("[%f] [%f] [%e] [%g]\n", inf, -inf, inf, inf);
    printf("[%F] [%E] [%G]\n", inf, inf, n);
    printf("[%8f] [%-8f] [%08f] [%+f]\n", inf, inf, inf, inf);
    printf("[%f] [%5.2f]\n", n, n);
    return 0;
}
