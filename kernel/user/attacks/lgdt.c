/* lgdt.c: ring 3 tries to load its own GDT (LGDT is privileged).
 * expect: killed general protection fault 139 */
#include <stdio.h>
#include <unistd.h>
unsigned char table_reg[8];

int main(int argc, char **argv)
{
    asm("sgdt [table_reg]");
    asm("lgdt [table_reg]");
    printf("lgdt: a privileged instruction ran in ring 3!\n");
    return 1;
}
