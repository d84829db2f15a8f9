// expect: exit 0
// expect-output: 1.05127109637602 -0.693147180559945 -0.301029995663981 -1
// expect-output: 1.10517091807565 0 0 0
// expect-output: 1.22140275816017 0.693147180559945 0.301029995663981 1
// expect-output: 2.71828182845905 2.30258509299405 1 3.32192809488736
// expect-output: 22026.4657948067 4.60517018598809 2 6.64385618977472
// expect-output: 1.00010000500017 -6.90775527898214 -3 -9.96578428466209
// expect-output: 4.1082209310967e+53 7.11842130878523 3.09149109426795 10.2697111211428
// expect-output: 1 0 3
// expect-output: inf -inf 1
/* exp, log, log10, log2 on a test set (15 significant digits). */
#include <stdio.h>
#include <math.h>
int main(void)
{
    double v[] = { 0.5, 1.0, 2.0, 10.0, 100.0, 0.001, 1234.5 };
    int i;
    for (i = 0; i < 7; i++)
        printf("%.15g %.15g %.15g %.15g\n", exp(v[i] / 10), log(v[i]), log10(v[i]), log2(v[i]));
    printf("%g %g %g\n", exp(0.0), log(1.0), log10(1000.0));
    printf("%g %g %d\n", exp(1000.0), log(0.0), isnan(log(-1.0)));
    return 0;
}
