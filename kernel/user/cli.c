/* cli.c: ring 3 tries to turn interrupts off (IOPL is 0).
 * Expected: killed with "[program killed: general protection fault]", status 139. */
#include <stdio.h>

int main(int argc, char **argv)
{
    asm("cli");
    printf("cli: interrupts are off and the kernel cannot stop me!\n");
    return 1;
}
