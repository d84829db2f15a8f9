/* kjump.c: ring 3 calls straight into the kernel's text at 1 MiB + 4 KiB
 * (kernel pages are supervisor-only, so the fetch faults).
 * expect: killed page fault 139 */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    asm("mov eax, 0x00101000");
    asm("call eax");
    printf("kjump: I ran kernel code in ring 3!\n");
    return 1;
}
