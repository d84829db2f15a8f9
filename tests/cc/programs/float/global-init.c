// expect: exit 0
// expect-output: 0.1250 5.0000 -3.2500
// expect-output: 1 0.5 -3 1e+100
// expect-output: 1 0.50 2 0.75 0.0
/* Global and static doubles initialized by constant expressions. */
#include <stdio.h>
double g = 1.0 / 8;
float gf = 2.5f * 2;
double table[4] = { 1, 0.5, -3, 1e100 };
static double neg = -(3.0 + 0.25);
struct cfg { int n; double w; } cfgs[2] = { { 1, 0.5 }, { 2, 0.75 } };
double zero;
int main(void)
{
    printf("%.4f %.4f %.4f\n", g, gf, neg);
    printf("%g %g %g %g\n", table[0], table[1], table[2], table[3]);
    printf("%d %.2f %d %.2f %.1f\n", cfgs[0].n, cfgs[0].w, cfgs[1].n, cfgs[1].w, zero);
    return 0;
}
