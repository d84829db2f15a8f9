// expect: exit 0
// expect-output: 3000000000 4294967295 3000000000.00
// expect-output: 2147483648
/* double to unsigned int above 2^31, and back. */
#include <stdio.h>
int main(void)
{
    double d = 3000000000.75;
    unsigned u = d;
    unsigned m = 4294967295.0;
    double back = u;
    printf("%u %u %.2f\n", u, m, back);
    printf("%u\n", (unsigned)2147483648.0);
    return 0;
}
