/* belowwin.c: a read of the last word below the user window (0x3FFFFFFC):
 * nothing is mapped there.
 * expect: killed page fault 139 */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    volatile int *p = (volatile int *)0x3FFFFFFC;
    int v = *p;
    printf("belowwin: read %d below the window!\n", v);
    return 1;
}
