// expect: exit 0
// expect-output: 3.1415899999999999 7
// expect-output: -2500 8
// expect-output: 0.5 3
// expect-output: 42 2
// expect-output: 1 1
// expect-output: 0 0
// expect-output: 13 7
// expect-output: 7 2
/* strtod: value and where parsing stopped. */
#include <stdio.h>
#include <stdlib.h>
int main(void)
{
    const char *inputs[] = { "3.14159", "  -2.5e3xyz", "+.5", "42", "1e", "abc", "0x1Ap-1", "7." };
    int i;
    for (i = 0; i < 8; i++) {
        char *end;
        double v = strtod(inputs[i], &end);
        printf("%.17g %d\n", v, (int)(end - inputs[i]));
    }
    return 0;
}
