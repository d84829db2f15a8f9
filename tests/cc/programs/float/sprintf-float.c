// expect: exit 0
// expect-output: x=1.250 y=3.000000e+02|22|22
// expect-output: 3.14159|8
// expect-output: 5
/* snprintf with floating conversions: text, truncation and the count. */
#include <stdio.h>
#include <string.h>
int main(void)
{
    char buf[64];
    int n = sprintf(buf, "x=%.3f y=%e", 1.25, 300.0);
    printf("%s|%d|%d\n", buf, n, (int)strlen(buf));
    n = snprintf(buf, 8, "%f", 3.14159265);
    printf("%s|%d\n", buf, n);
    n = snprintf(NULL, 0, "%g", 1e-7);
    printf("%d\n", n);
    return 0;
}
