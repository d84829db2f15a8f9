// expect: exit 0
// expect-output: 1.500 -7.250 0.000
// expect-output: 0.100000001
// expect-output: 3.14
/* atof and strtof. */
#include <stdio.h>
#include <stdlib.h>
int main(void)
{
    float f = strtof("0.1", NULL);
    printf("%.3f %.3f %.3f\n", atof("1.5"), atof("  -7.25 apples"), atof("none"));
    printf("%.9g\n", f);
    printf("%.2f\n", atof("3") + atof("0.14"));
    return 0;
}
