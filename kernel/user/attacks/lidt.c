/* lidt.c: ring 3 tries to load its own IDT (LIDT is privileged).
 * expect: killed general protection fault 139 */
#include <stdio.h>
#include <unistd.h>
unsigned char table_reg[8];

int main(int argc, char **argv)
{
    asm("sidt [table_reg]");
    asm("lidt [table_reg]");
    printf("lidt: a privileged instruction ran in ring 3!\n");
    return 1;
}
