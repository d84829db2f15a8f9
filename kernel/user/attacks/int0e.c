/* int0e.c: INT 0x0E: a software page fault through the DPL-0 #PF gate
 * (refused: #GP with error 0x0E*8+2 = 0x72).
 * expect: killed general protection fault 139 */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    asm("int 0x0e");
    printf("int0e: the kernel took my fake page fault!\n");
    return 1;
}
