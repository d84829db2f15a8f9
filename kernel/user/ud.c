/* ud.c: executes UD2, the instruction defined to be invalid.
 * Expected: killed with "[program killed: invalid opcode]", status 132. */
#include <stdio.h>

int main(int argc, char **argv)
{
    asm("ud2");
    printf("ud: ud2 executed?!\n");
    return 1;
}
