/* badptr.c: the confused-deputy attack: ask the kernel to write 16 bytes of
 * its own memory (the kernel image at 1 MiB) to the console.
 * Expected: killed with "[program killed: bad syscall pointer]", status 139,
 * and not one kernel byte on the console. */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    int n = write(1, (char *)0x00100000, 16);
    printf("\nbadptr: the kernel wrote %d of its own bytes for me!\n", n);
    return 1;
}
