// expect: exit 0
// expect-output:    1.100   3.500   1.750
// expect-output:   -5.950   1.000   1.500
// expect-output:    0.725  -0.250   2.125
/* Matrix product and transpose of small double matrices. */
#include <stdio.h>
static void mul(double a[3][3], double b[3][3], double c[3][3])
{
    int i, j, k;
    for (i = 0; i < 3; i++)
        for (j = 0; j < 3; j++) {
            double s = 0;
            for (k = 0; k < 3; k++) s += a[i][k] * b[k][j];
            c[i][j] = s;
        }
}
int main(void)
{
    double a[3][3] = { { 1, 2, 3 }, { 0.5, -1, 4 }, { 2.25, 0, -0.5 } };
    double b[3][3] = { { 0.1, 0, 1 }, { 2, 1, 0 }, { -1, 0.5, 0.25 } };
    double c[3][3];
    int i, j;
    mul(a, b, c);
    for (i = 0; i < 3; i++) {
        for (j = 0; j < 3; j++) printf("%8.3f", c[i][j]);
        printf("\n");
    }
    return 0;
}
