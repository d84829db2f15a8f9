// expect: exit 0
// expect-output: inf -inf inf
// expect-output: 1 1
// expect-output: 
// expect-output: 12 -16
// expect-output: inf 1
// expect-output: 0 1
// expect-output: -0
/* inf, nan, hex, signs and ERANGE. */
#include <stdio.h>
#include <stdlib.h>
#include <errno.h>
#include <math.h>
int main(void)
{
    char *end;
    double v;
    printf("%f %f %f\n", strtod("inf", NULL), strtod("-Infinity", NULL), strtod("INFx", &end));
    printf("%d %d\n", isnan(strtod("nan", NULL)), isnan(strtod("NaN(123)", &end)));
    printf("%s\n", end);
    printf("%g %g\n", strtod("0x1.8p3", NULL), strtod("-0x10", NULL));
    errno = 0;
    v = strtod("1e400", NULL);
    printf("%f %d\n", v, errno == ERANGE);
    errno = 0;
    v = strtod("1e-400", NULL);
    printf("%g %d\n", v, errno == ERANGE);
    printf("%g\n", strtod("-0", NULL));
    return 0;
}
