/* readonly.c: asks the kernel to read() input into the program's own
 * read-only text: the kernel must check for write access, not just presence.
 * Expected: killed with "[program killed: bad syscall pointer]", status 139. */
#include <unistd.h>

int main(int argc, char **argv)
{
    read(0, (char *)main, 4);
    return 1;
}
