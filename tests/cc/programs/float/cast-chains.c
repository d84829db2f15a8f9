// expect: exit 0
// expect-output: 1234 -46
// expect-output: 1234.5677
// expect-output: 1234567.0
// expect-output: 44
/* Casts through several types. */
#include <stdio.h>
int main(void)
{
    double d = 1234.5678;
    printf("%d %d\n", (int)(float)d, (int)(char)(int)d);
    printf("%.4f\n", (double)(float)d);
    printf("%.1f\n", (double)(long long)(d * 1000));
    printf("%u\n", (unsigned)(unsigned char)(int)300.7);
    return 0;
}
