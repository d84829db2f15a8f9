// expect: exit 0
// expect-output:   -3.000  -1.000   2.000   1.000  -2.000
// expect-output:    0.000   1.667   3.667   4.333   9.333
// expect-output:    0.000   0.000  -3.000  -9.000  -7.000
// expect-output:    0.000   0.000   0.000   4.000   2.733
// expect-output: x0 =    0.017
// expect-output: x1 =    3.200
// expect-output: x2 =    0.283
// expect-output: x3 =    0.683
/* Gaussian elimination with partial pivoting: solve A x = b. */
#include <stdio.h>
#include <math.h>
#define N 4
int main(void)
{
    double a[N][N + 1] = {
        { 2, 1, -1, 3, 5 },
        { -3, -1, 2, 1, -2 },
        { -2, 1, 2, -4, 1 },
        { 1, 2, 3, 4, 10 },
    };
    double x[N];
    int i, j, k;
    for (k = 0; k < N; k++) {
        int p = k;
        for (i = k + 1; i < N; i++) if (fabs(a[i][k]) > fabs(a[p][k])) p = i;
        for (j = 0; j <= N; j++) { double t = a[k][j]; a[k][j] = a[p][j]; a[p][j] = t; }
        for (i = k + 1; i < N; i++) {
            double f = a[i][k] / a[k][k];
            for (j = k + 1; j <= N; j++) a[i][j] -= f * a[k][j];
            a[i][k] = 0; /* eliminated: exactly zero, not a rounding residue */
        }
    }
    for (i = N - 1; i >= 0; i--) {
        double s = a[i][N];
        for (j = i + 1; j < N; j++) s -= a[i][j] * x[j];
        x[i] = s / a[i][i];
    }
    for (i = 0; i < N; i++) {
        for (j = 0; j <= N; j++) printf("%8.3f", a[i][j]);
        printf("\n");
    }
    for (i = 0; i < N; i++) printf("x%d = %8.3f\n", i, x[i]);
    return 0;
}
