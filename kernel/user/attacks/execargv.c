/* execargv.c: execv() with an argv pointer into the kernel (0x00100000, the
 * kernel image). The kernel must check the argument array like any other
 * syscall pointer before reading it, and kill the caller.
 * expect: killed bad syscall pointer 139 */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    int r = execv("hello", (char *const *)0x00100000);
    printf("execargv: execv returned %d instead of killing me\n", r);
    return 1;
}
