// expect: exit 0
// expect-output: 9.0000 6.0000 13 0.2500
/* += -= *= /= on floating lvalues, and on an int with a double operand. */
#include <stdio.h>
int main(void)
{
    double d = 10.0;
    float f = 1.0f;
    int i = 7;
    double arr[2] = { 1.0, 2.0 };
    d += 2.5; d -= 0.5; d *= 3; d /= 4;
    f += 0.5f; f *= 4;
    i += 2.9;           /* 9.9 truncated */
    i *= 1.5;           /* 13.5 truncated */
    arr[1] /= 8;
    printf("%.4f %.4f %d %.4f\n", d, f, i, arr[1]);
    return 0;
}
