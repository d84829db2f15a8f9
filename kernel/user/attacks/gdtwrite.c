/* gdtwrite.c: SGDT is not privileged, so ring 3 learns where the GDT is;
 * it then tries to turn its own code descriptor (index 3) into a ring-0 one.
 * expect: killed page fault 139 */
#include <stdio.h>
#include <unistd.h>
unsigned char table_reg[8];

int main(int argc, char **argv)
{
    volatile unsigned char *gdt;
    asm("sgdt [table_reg]");
    gdt = (volatile unsigned char *)*(unsigned int *)(table_reg + 2);
    gdt[3 * 8 + 5] = (unsigned char)0x9A;   /* access byte: present, DPL 0, code */
    printf("gdtwrite: the GDT is mine!\n");
    return 1;
}
