// expect: exit 0
// expect-output: 0.10000000000000000555
// expect-output: 0.333333333333333314829616256247
// expect-output: 2.0000000000000001110223025e-01
// expect-output: 0.29999999999999999 0.30000000000000004
// expect-output: 0.100000000000000005551115123125782702118158340454101562500000
/* Many digits show the exact binary value, not a drifting approximation. */
#include <stdio.h>
int main(void)
{
    printf("%.20f\n", 0.1);
    printf("%.30f\n", 1.0 / 3.0);
    printf("%.25e\n", 0.2);
    printf("%.17g %.17g\n", 0.3, 0.1 + 0.2);
    printf("%.60f\n", 0.1);
    return 0;
}
