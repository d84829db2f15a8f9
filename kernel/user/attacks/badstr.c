/* badstr.c: puts with a pointer into the kernel.
 * Expected: killed with "[program killed: bad syscall pointer]", status 139. */
#include <stdio.h>

int main(int argc, char **argv)
{
    puts((char *)0x00100000);
    return 1;
}
