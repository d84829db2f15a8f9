// expect: exit 0
// expect-output: 9007199254740992.0 -4611686018427387904.0
// expect-output: 1000000000000000000 -123456789012
// expect-output: 9007199254740992
/* long long to and from double. */
#include <stdio.h>
int main(void)
{
    long long a = 9007199254740993LL;      /* 2^53 + 1: not a double */
    long long b = -4611686018427387904LL;
    double da = a, db = b;
    long long back = 1e18;
    long long neg = -123456789012.9;
    printf("%.1f %.1f\n", da, db);
    printf("%lld %lld\n", back, neg);
    printf("%lld\n", (long long)da);
    return 0;
}
