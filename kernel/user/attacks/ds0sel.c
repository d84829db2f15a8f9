/* ds0sel.c: loads the kernel's data selector 0x10 (DPL 0) into DS.
 * expect: killed general protection fault 139 */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    asm("mov eax, 0x10");
    asm("mov ds, ax");
    printf("ds0sel: DS holds a ring-0 selector!\n");
    return 1;
}
