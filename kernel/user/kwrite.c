/* kwrite.c: ring 3 writes to the kernel image at 1 MiB.
 * Expected: killed with "[program killed: page fault]", #PF error 0x7
 * (present, write, user), status 139. The line after the store never runs. */
#include <stdio.h>

int main(int argc, char **argv)
{
    volatile char *kernel = (volatile char *)0x00100000;
    *kernel = 'X';
    printf("kwrite: the kernel let me write to 0x00100000!\n");
    return 1;
}
