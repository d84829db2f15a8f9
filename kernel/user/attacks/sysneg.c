/* sysneg.c: a negative syscall number (0x80000000): a signed bounds check
 * would index the syscall table backwards.
 * expect: killed bad syscall number 159 */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    asm("mov eax, 0x80000000");
    asm("int 0x80");
    printf("sysneg: syscall 0x80000000 returned\n");
    return 1;
}
