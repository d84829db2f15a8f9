/* invlpg.c: ring 3 tries to flush a TLB entry (INVLPG is privileged).
 * expect: killed general protection fault 139 */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    asm("mov eax, 0x40000000");
    asm("invlpg [eax]");
    printf("invlpg: a privileged instruction ran in ring 3!\n");
    return 1;
}
