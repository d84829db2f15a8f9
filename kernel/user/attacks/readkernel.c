/* readkernel.c: read() into a kernel buffer: the kernel would overwrite its own
 * image with console input.
 * expect: killed bad syscall pointer 139 */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    int n = read(0, (char *)0x00100000, 16);
    printf("readkernel: read %d bytes into the kernel!\n", n);
    return 1;
}
