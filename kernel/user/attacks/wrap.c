/* wrap.c: a buffer whose end wraps around 4 GiB back into the window.
 * Expected: killed with "[program killed: bad syscall pointer]", status 139. */
#include <unistd.h>

int main(int argc, char **argv)
{
    write(1, (char *)0xFFFFFFF0, 0x40000020);
    return 1;
}
