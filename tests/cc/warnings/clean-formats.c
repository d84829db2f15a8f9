// No warnings: formats that match their arguments.
#include <stdio.h>
int main(void)
{
    char c = 65;
    short s = 2;
    unsigned u = 3;
    long l = 4;
    unsigned long ul = 5;
    long long ll = 6;
    unsigned long long ull = 7;
    int *p = 0;
    printf("%c %d %hd %u %x %ld %lu %lld %llu %llx %p %s %5.2s %-3d %% %*d\n",
           c, s, s, u, u, l, ul, ll, ull, ull, (void *)p, "str", "abc", 1, 4, 9);
    return 0;
}
