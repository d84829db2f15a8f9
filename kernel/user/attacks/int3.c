/* int3.c: a breakpoint. Vector 3 is a DPL-0 gate (only int 0x80 is open to
 * ring 3), so the CPU refuses the int3 itself.
 * Expected: killed with "[program killed: general protection fault]",
 * error 0x1a (IDT entry 3), status 139. */
#include <stdio.h>

int main(int argc, char **argv)
{
    asm("int3");
    printf("int3: returned\n");
    return 1;
}
