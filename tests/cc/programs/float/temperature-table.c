// expect: exit 0
// expect-output:   0  -17.8
// expect-output:  20   -6.7
// expect-output:  40    4.4
// expect-output:  60   15.6
// expect-output:  80   26.7
// expect-output: 100   37.8
// expect-output: 120   48.9
// expect-output: 140   60.0
// expect-output: 160   71.1
// expect-output: 180   82.2
// expect-output: 200   93.3
// expect-output: 220  104.4
// expect-output: 240  115.6
// expect-output: 260  126.7
// expect-output: 280  137.8
// expect-output: 300  148.9
/* K&R's Fahrenheit-Celsius table, in floating point. */
#include <stdio.h>
int main(void)
{
    float fahr, celsius;
    int lower = 0, upper = 300, step = 20;
    fahr = lower;
    while (fahr <= upper) {
        celsius = (5.0f / 9.0f) * (fahr - 32.0f);
        printf("%3.0f %6.1f\n", fahr, celsius);
        fahr = fahr + step;
    }
    return 0;
}
