// expect: exit 0
// expect-output: mean 4.9750 var 3.5806 sd 1.8923
/* Mean, variance and standard deviation of a data set. */
#include <stdio.h>
#include <math.h>
int main(void)
{
    double data[] = { 2, 4, 4, 4, 5, 5, 7, 9, 3.5, 6.25 };
    int n = 10, i;
    double sum = 0, mean, var = 0;
    for (i = 0; i < n; i++) sum += data[i];
    mean = sum / n;
    for (i = 0; i < n; i++) var += (data[i] - mean) * (data[i] - mean);
    var /= n;
    printf("mean %.4f var %.4f sd %.4f\n", mean, var, sqrt(var));
    return 0;
}
