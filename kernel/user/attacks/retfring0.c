/* retfring0.c: RETF with a forged return frame whose CS is the kernel's 0x08
 * (RETF may not return to a more privileged ring).
 * expect: killed general protection fault 139 */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    asm("push 0x08");
    asm("push 0x00101000");
    asm("retf");
    printf("retfring0: returned into ring 0!\n");
    return 1;
}
