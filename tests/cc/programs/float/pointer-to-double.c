// expect: exit 0
// expect-output: 1.50 2.00 8
/* Pointers to double: arithmetic steps 8 bytes, writes through pointers. */
#include <stdio.h>
static void scale(double *v, int n, double k)
{
    double *end = v + n;
    for (; v < end; v++) *v *= k;
}
int main(void)
{
    double a[4] = { 1, 2, 3, 4 };
    double *p = a;
    scale(a, 4, 0.5);
    printf("%.2f %.2f %d\n", *(p + 2), p[3], (int)((char *)(p + 1) - (char *)p));
    return 0;
}
