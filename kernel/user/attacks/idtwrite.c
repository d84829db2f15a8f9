/* idtwrite.c: SIDT is not privileged either; ring 3 tries to open the #PF gate
 * (vector 14) to itself by setting its DPL to 3.
 * expect: killed page fault 139 */
#include <stdio.h>
#include <unistd.h>
unsigned char table_reg[8];

int main(int argc, char **argv)
{
    volatile unsigned char *idt;
    asm("sidt [table_reg]");
    idt = (volatile unsigned char *)*(unsigned int *)(table_reg + 2);
    idt[14 * 8 + 5] = (unsigned char)0xEE;  /* present, DPL 3, 32-bit interrupt gate */
    printf("idtwrite: the IDT is mine!\n");
    return 1;
}
