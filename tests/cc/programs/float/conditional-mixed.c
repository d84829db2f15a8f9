// expect: exit 0
// expect-output: 1.00 0.50 8
// expect-output: 2.50
/* ?: with an int and a double operand has type double. */
#include <stdio.h>
int main(void)
{
    int n = 3;
    double r = n > 2 ? 1 : 0.5;
    double s = n > 5 ? 1 : 0.5;
    printf("%.2f %.2f %d\n", r, s, (int)sizeof(n > 2 ? 1 : 0.5));
    printf("%.2f\n", n ? 2.5 : n);
    return 0;
}
