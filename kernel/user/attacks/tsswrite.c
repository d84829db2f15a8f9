/* tsswrite.c: ring 3 tries to point the TSS's ESP0 (the ring-0 stack) at its own
 * memory. STR names the TSS selector; this kernel keeps the TSS right after its
 * 6-entry GDT, whose address SGDT gives away.
 * expect: killed page fault 139 */
#include <stdio.h>
#include <unistd.h>
unsigned char table_reg[8];

int main(int argc, char **argv)
{
    volatile unsigned int *tss;
    asm("sgdt [table_reg]");
    tss = (volatile unsigned int *)(*(unsigned int *)(table_reg + 2) + 6 * 8);
    tss[1] = 0x40100000;                     /* ESP0 */
    printf("tsswrite: the ring-0 stack is now mine!\n");
    return 1;
}
