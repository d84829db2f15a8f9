/* movcr3.c: ring 3 tries to switch address spaces (MOV to CR3).
 * expect: killed general protection fault 139 */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    asm("mov eax, 0x00200000");
    asm("mov cr3, eax");
    printf("movcr3: a privileged instruction ran in ring 3!\n");
    return 1;
}
