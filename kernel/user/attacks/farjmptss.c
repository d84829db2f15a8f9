/* farjmptss.c: a far jump to the TSS selector 0x28 (a task switch from ring 3
 * to a DPL-0 TSS is refused).
 * expect: killed general protection fault 139 */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    asm("jmp 0x28:0");
    printf("farjmptss: task switch worked!\n");
    return 1;
}
