// expect: exit 0
// expect-output: 9 -9
// expect-output: 3.50
// expect-output: 0.100000001
/* return converts to the function's type: truncation, widening. */
#include <stdio.h>
static int to_int(double x) { return x; }
static double to_double(int x) { return x; }
static float to_float(double x) { return x; }
int main(void)
{
    printf("%d %d\n", to_int(9.99), to_int(-9.99));
    printf("%.2f\n", to_double(7) / 2);
    printf("%.9g\n", to_float(0.1));
    return 0;
}
