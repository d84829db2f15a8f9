/* The test set of scripts/cc-native-math-ulp.ts: each line is a function name
 * and its result at exactly representable arguments, compared with glibc. */
#include <stdio.h>
#include <math.h>
int main(void)
{
    int i;
    for (i = 1; i <= 400; i++) {
        double x = i / 16.0 - 7.0;
        double p = i / 8.0;
        printf("exp %.17g\n", exp(x));
        printf("log %.17g\n", log(p));
        printf("log10 %.17g\n", log10(p));
        printf("pow %.17g\n", pow(p, x / 4));
        printf("sin %.17g\n", sin(x));
        printf("cos %.17g\n", cos(x));
        printf("tan %.17g\n", tan(x));
        printf("atan %.17g\n", atan(x));
        printf("atan2 %.17g\n", atan2(x, p - 20));
        printf("sqrt %.17g\n", sqrt(p));
        printf("fmod %.17g\n", fmod(x * 16, p));
        printf("floor %.17g\n", floor(x * 3));
        printf("asin %.17g\n", asin(x / 32));
        printf("sinh %.17g\n", sinh(x / 4));
        printf("cbrt %.17g\n", cbrt(x * 100));
        printf("expm1 %.17g\n", expm1(x / 8));
        printf("tanh %.17g\n", tanh(x / 4));
        printf("cosh %.17g\n", cosh(x / 4));
        printf("acos %.17g\n", acos(x / 32));
        printf("log1p %.17g\n", log1p(p / 64));
        printf("hypot %.17g\n", hypot(x, p));
        printf("exp2 %.17g\n", exp2(x));
        printf("log2 %.17g\n", log2(p));
    }
    return 0;
}
