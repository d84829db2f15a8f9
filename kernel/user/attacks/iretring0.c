/* iretring0.c: IRET with a forged frame (EFLAGS, CS 0x08, EIP) to enter ring 0.
 * expect: killed general protection fault 139 */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    asm("pushfd");
    asm("push 0x08");
    asm("push 0x00101000");
    asm("iret");
    printf("iretring0: IRET took me to ring 0!\n");
    return 1;
}
