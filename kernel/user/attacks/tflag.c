/* tflag.c: sets the trap flag: the next instruction raises #DB, which the
 * kernel treats as a fault of the program.
 * expect: killed debug exception 133 */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    asm("pushfd");
    asm("pop eax");
    asm("or eax, 0x100");
    asm("push eax");
    asm("popfd");
    asm("nop");
    asm("nop");
    printf("tflag: single-stepping was ignored\n");
    return 1;
}
