// expect: exit 0
// expect-output: 1 1
// expect-output: 1 0
// expect-output: 1
/* int and unsigned compared with doubles convert to double first. */
#include <stdio.h>
int main(void)
{
    int i = -1;
    unsigned u = 4000000000u;
    long long big = 9007199254740994LL; /* 2^53 + 2: a double holds it exactly */
    printf("%d %d\n", i < 0.5, u > 3.9e9);
    printf("%d %d\n", 3 == 3.0, 3 == 3.0000001);
    printf("%d\n", big == 9007199254740994.0);
    return 0;
}
