/* kread.c: ring 3 reads the kernel image at 1 MiB.
 * Expected: killed with "[program killed: page fault]", #PF error 0x5
 * (present, read, user), status 139. */
#include <stdio.h>

int main(int argc, char **argv)
{
    volatile unsigned char *kernel = (volatile unsigned char *)0x00100000;
    int value = *kernel;
    printf("kread: read 0x%x from the kernel at 0x00100000!\n", value);
    return 1;
}
