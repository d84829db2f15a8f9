/* sti.c: ring 3 tries STI (IOPL is 0).
 * expect: killed general protection fault 139 */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    asm("sti");
    printf("sti: a privileged instruction ran in ring 3!\n");
    return 1;
}
