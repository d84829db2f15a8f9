/* textwrite.c: writes over the program's own code, which is mapped read-only.
 * Expected: killed with "[program killed: page fault]", #PF error 0x7, status 139. */
#include <stdio.h>

int main(int argc, char **argv)
{
    volatile char *code = (volatile char *)main;
    *code = (char)0xC3;
    printf("textwrite: my code is writable!\n");
    return 1;
}
