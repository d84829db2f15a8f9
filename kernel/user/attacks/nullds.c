/* nullds.c: loads the null selector into DS (allowed) and then reads through
 * it (a #GP, error 0).
 * expect: killed general protection fault 139 */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    asm("xor eax, eax");
    asm("mov ds, ax");
    asm("mov eax, [0x40000000]");
    asm("mov eax, 0x23");
    asm("mov ds, ax");
    printf("nullds: read through a null DS!\n");
    return 1;
}
