// expect: exit 0
// expect-output: 0x1p+0 0x1.8p+1 0x1.999999999999ap-4 -0x1.4p+1
// expect-output: 0X1.FFP+7 0x0p+0 0x0.0000000000001p-1022
// expect-output: 0x2p+0 0x1p+1 0x2.0p+0 0x1.99ap-4 0x1.00000000000000000000p+0
// expect-output: [       0x1.8p+0] [0x1.8p+0       ] [0x00000001.8p+0] [+0x1.8p+0] [0x1.p+0]
// expect-output: 0x1.7e43c8800759cp+996 0x1p-1022
/* %a and %A: the bits in hex, with a binary exponent. */
#include <stdio.h>
int main(void)
{
    printf("%a %a %a %a\n", 1.0, 3.0, 0.1, -2.5);
    printf("%A %a %a\n", 255.5, 0.0, 4.9406564584124654e-324);
    printf("%.0a %.0a %.1a %.3a %.20a\n", 1.5, 2.5, 1.96875, 0.1, 1.0);
    printf("[%15a] [%-15a] [%015a] [%+a] [%#a]\n", 1.5, 1.5, 1.5, 1.5, 1.0);
    printf("%a %a\n", 1e300, 2.2250738585072014e-308);
    return 0;
}
