// expect: exit 0
// expect-output: -100 -1.25 0 0.001 2.75 3.5 1e+10 
/* qsort with a comparator on doubles. */
#include <stdio.h>
#include <stdlib.h>
static int cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}
int main(void)
{
    double v[] = { 3.5, -1.25, 1e10, 0.0, 2.75, -100.0, 0.001 };
    int i;
    qsort(v, 7, sizeof v[0], cmp);
    for (i = 0; i < 7; i++) printf("%g ", v[i]);
    printf("\n");
    return 0;
}
