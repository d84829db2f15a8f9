// expect: exit 0
// expect-output: x true
// expect-output: z false
// expect-output: 2 0 1
/* A double as a condition: nonzero is true, -0.0 is false. */
#include <stdio.h>
int main(void)
{
    double x = 3.0, z = -0.0;
    int steps = 0;
    if (x) printf("x true\n");
    if (!z) printf("z false\n");
    while (x) { x -= 1.5; steps++; }
    printf("%d %d %d\n", steps, x && 1, z || 0.25);
    return 0;
}
