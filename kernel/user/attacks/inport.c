/* inport.c: ring 3 reads the PIC mask register directly (IN from port 0x21).
 * expect: killed general protection fault 139 */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    asm("mov edx, 0x21");
    asm("in al, dx");
    printf("inport: a privileged instruction ran in ring 3!\n");
    return 1;
}
