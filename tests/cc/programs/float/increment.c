// expect: exit 0
// expect-output: 1.50 3.50 3.50
// expect-output: 1 1.10000002
// expect-output: 1.50
/* ++ and -- on double and float, prefix and postfix. */
#include <stdio.h>
int main(void)
{
    double d = 1.5;
    float f = 0.1f;
    float old;
    double a = d++;
    double b = ++d;
    old = f++;
    printf("%.2f %.2f %.2f\n", a, b, d);
    printf("%d %.9g\n", old == 0.1f, f);
    --d;
    d--;
    printf("%.2f\n", d);
    return 0;
}
