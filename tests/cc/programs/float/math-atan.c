// expect: exit 0
// expect-output: 0.785398163397448 -0.463647609000806 1.5707963266949
// expect-output: 0.785398163397448 2.35619449019234 -2.35619449019234 -0.785398163397448
// expect-output: 3.14159265358979 1.5707963267949
// expect-output: 0.523598775598299 1.0471975511966 3.14159265358979
// expect-output: 3.14159265358979
/* atan, atan2 in every quadrant, asin, acos. */
#include <stdio.h>
#include <math.h>
int main(void)
{
    printf("%.15g %.15g %.15g\n", atan(1.0), atan(-0.5), atan(1e10));
    printf("%.15g %.15g %.15g %.15g\n", atan2(1, 1), atan2(1, -1), atan2(-1, -1), atan2(-1, 1));
    printf("%.15g %.15g\n", atan2(0.0, -1.0), atan2(2.0, 0.0));
    printf("%.15g %.15g %.15g\n", asin(0.5), acos(0.5), acos(-1.0));
    printf("%.15g\n", 4 * atan(1.0));
    return 0;
}
