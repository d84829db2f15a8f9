/* ss0sel.c: loads the kernel's data selector 0x10 (DPL 0) into SS.
 * expect: killed general protection fault 139 */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    asm("mov eax, 0x10");
    asm("mov ss, ax");
    printf("ss0sel: SS holds a ring-0 selector!\n");
    return 1;
}
