// expect: exit 0
// expect-output: 1    1050.00
// expect-output: 2    1102.50
// expect-output: 3    1157.63
// expect-output: 4    1215.51
// expect-output: 5    1276.28
/* Compound interest table with pow. */
#include <stdio.h>
#include <math.h>
int main(void)
{
    double principal = 1000.0;
    int year;
    for (year = 1; year <= 5; year++)
        printf("%d %10.2f\n", year, principal * pow(1.05, year));
    return 0;
}
