/* kstack.c: ESP pointing into the kernel: the kernel must take its trap stack
 * from the TSS, not from the program. getpid works; the next push, into
 * supervisor-only low memory, faults.
 * expect: killed page fault 139 */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    asm("mov esi, esp");
    asm("mov esp, 0x00100000");
    asm("mov eax, 8");                   /* SYS_getpid */
    asm("int 0x80");
    asm("push eax");
    asm("mov esp, esi");
    printf("kstack: I pushed onto the kernel!\n");
    return 1;
}
