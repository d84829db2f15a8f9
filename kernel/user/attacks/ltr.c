/* ltr.c: ring 3 tries to load the task register (LTR is privileged).
 * expect: killed general protection fault 139 */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    asm("mov eax, 0x28");
    asm("ltr ax");
    printf("ltr: a privileged instruction ran in ring 3!\n");
    return 1;
}
