// expect: exit 0
// expect-output: 0.333333343 1
// expect-output: 16777216.0 1
/* float operations stored to float variables round to single precision. */
#include <stdio.h>
int main(void)
{
    float a = 1.0f / 3.0f;
    float b = a * 3.0f;
    float c = 16777216.0f;
    float d = c + 1.0f;
    printf("%.9g %.9g\n", a, b);
    printf("%.1f %d\n", d, d == c);
    return 0;
}
