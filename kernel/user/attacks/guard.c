/* guard.c: write() from the unmapped guard page below the stack, inside the
 * window but not present.
 * Expected: killed with "[program killed: bad syscall pointer]", status 139. */
#include <unistd.h>

int main(int argc, char **argv)
{
    write(1, (char *)0x403FB000, 8);
    return 1;
}
