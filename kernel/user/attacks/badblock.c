/* badblock.c: a syscall whose argument block (EBX) points into the kernel:
 * write's three arguments would be read from 0x00100000.
 * Expected: killed with "[program killed: bad syscall pointer]" before the
 * kernel reads the block, status 139. */
#include <stdio.h>

int main(int argc, char **argv)
{
    asm("mov eax, 3");
    asm("mov ebx, 0x00100000");
    asm("int 0x80");
    printf("badblock: the kernel read my arguments from its own memory!\n");
    return 1;
}
