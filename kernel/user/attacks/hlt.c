/* hlt.c: ring 3 tries to halt the CPU.
 * expect: killed general protection fault 139 */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    asm("hlt");
    printf("hlt: a privileged instruction ran in ring 3!\n");
    return 1;
}
