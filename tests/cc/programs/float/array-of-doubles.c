// expect: exit 0
// expect-output: 16.0000 3.2000 0.8750
// expect-output: 3.3750 5
/* Arrays of double and float: indexing, sums, averages. */
#include <stdio.h>
int main(void)
{
    double a[5] = { 1.5, 2.25, -0.75, 10.0, 3.0 };
    float b[3] = { 0.5f, 0.25f, 0.125f };
    double sum = 0, fsum = 0;
    int i;
    for (i = 0; i < 5; i++) sum += a[i];
    for (i = 0; i < 3; i++) fsum += b[i];
    printf("%.4f %.4f %.4f\n", sum, sum / 5, fsum);
    a[2] = a[0] * a[1];
    printf("%.4f %d\n", a[2], (int)(sizeof a / sizeof a[0]));
    return 0;
}
