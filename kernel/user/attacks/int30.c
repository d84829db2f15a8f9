/* int30.c: INT 0x30: a vector with no gate at all (#GP, error 0x30*8+2).
 * expect: killed general protection fault 139 */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    asm("int 0x30");
    printf("int30: an empty vector returned!\n");
    return 1;
}
