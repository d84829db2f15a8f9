// expect: exit 0
// expect-output: [   3.142] [3.142   ] [0003.142]
// expect-output: [+3.14] [ 3.14] [-3.14] [-3.14]
// expect-output: [3.] [3] [-000003.14]
// expect-output: [     3.14] [3.1   ]
// expect-output: [3.141590]
/* Width, precision and the flags - + space 0 # for %f. */
#include <stdio.h>
int main(void)
{
    double v = 3.14159;
    printf("[%8.3f] [%-8.3f] [%08.3f]\n", v, v, v);
    printf("[%+.2f] [% .2f] [%+.2f] [% .2f]\n", v, v, -v, -v);
    printf("[%#.0f] [%.0f] [%010.2f]\n", v, v, -v);
    printf("[%*.*f] [%-*.1f]\n", 9, 2, v, 6, v);
    printf("[%F]\n", v);
    return 0;
}
