// expect: exit 0
// expect-output: 0 1 0 0 0 0
// expect-output: 0 0 0 0
// expect-output: 1 1
// expect-output: not equal
// expect-output: unordered
/* NaN is unordered: == is false, != true, every ordered comparison false. */
#include <stdio.h>
int main(void)
{
    double zero = 0.0;
    double n = zero / zero, one = 1.0;
    printf("%d %d %d %d %d %d\n", n == n, n != n, n < one, n > one, n <= one, n >= one);
    printf("%d %d %d %d\n", one < n, one > n, one <= n, one >= n);
    printf("%d %d\n", !(n < one), !(n == n));
    if (n == n) printf("equal\n"); else printf("not equal\n");
    if (n < one || n >= one) printf("ordered\n"); else printf("unordered\n");
    return 0;
}
