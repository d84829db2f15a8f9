/* nullread.c: a NULL pointer dereference (page 0 is never mapped).
 * expect: killed page fault 139 */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    volatile int *p = (volatile int *)0;
    int v = *p;
    printf("nullread: *NULL = %d\n", v);
    return 1;
}
