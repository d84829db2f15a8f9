/* farcall0.c: a far call through the kernel's ring-0 code selector 0x08 (a
 * direct call to a more privileged non-conforming segment is refused).
 * expect: killed general protection fault 139 */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    asm("call 0x08:0x00101000");
    printf("farcall0: far call to ring 0 worked!\n");
    return 1;
}
