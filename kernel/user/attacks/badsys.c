/* badsys.c: int 0x80 with a syscall number that does not exist (99).
 * Expected: killed with "[program killed: bad syscall number]", status 159. */
#include <stdio.h>

int main(int argc, char **argv)
{
    asm("mov eax, 99");
    asm("int 0x80");
    printf("badsys: syscall 99 returned\n");
    return 1;
}
