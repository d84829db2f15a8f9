// expect: exit 0
// expect-output: 18446744073709551616.0 9223372036854775808.0
// expect-output: 18446744073709549568 9223372036854777856 12345
/* unsigned long long at and above 2^63. */
#include <stdio.h>
int main(void)
{
    unsigned long long big = 18446744073709551615ULL;
    unsigned long long top = 9223372036854775808ULL;
    double d = big, t = top;
    unsigned long long x = 1.8446744073709550e19;
    unsigned long long y = 9223372036854777856.0;
    unsigned long long z = 12345.9;
    printf("%.1f %.1f\n", d, t);
    printf("%llu %llu %llu\n", x, y, z);
    return 0;
}
