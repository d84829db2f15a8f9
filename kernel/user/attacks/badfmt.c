/* badfmt.c: printf's %s argument points at the kernel: the kernel must check
 * every vararg it formats, not just the format string.
 * Expected: killed with "[program killed: bad syscall pointer]", status 139,
 * and nothing printed (not even "leak: "). */
#include <stdio.h>

int main(int argc, char **argv)
{
    printf("leak: %s\n", (char *)0x00100000);
    return 1;
}
