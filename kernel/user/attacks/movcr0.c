/* movcr0.c: ring 3 tries to turn paging off (MOV from and to CR0).
 * expect: killed general protection fault 139 */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    asm("mov eax, cr0");
    asm("and eax, 0x7FFFFFFF");
    asm("mov cr0, eax");
    printf("movcr0: a privileged instruction ran in ring 3!\n");
    return 1;
}
