// expect: exit 0
// expect-output: 4.94065645841246544177e-324
// expect-output: 4.94066e-324 1.4822e-323
// expect-output: 2.22507385850720138e-308
// expect-output: 5.56268464626800346e-309
// expect-output: 0.00000
/* The smallest numbers: denormals and DBL_MIN. */
#include <stdio.h>
#include <float.h>
int main(void)
{
    double tiny = 4.9406564584124654e-324;
    printf("%.20e\n", tiny);
    printf("%g %g\n", tiny, tiny * 3);
    printf("%.17e\n", DBL_MIN);
    printf("%.17e\n", DBL_MIN / 4);
    printf("%.5f\n", tiny);
    return 0;
}
