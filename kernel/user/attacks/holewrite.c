/* holewrite.c: write() of a buffer that starts on the last heap page and runs
 * into the unmapped hole above the heap.
 * expect: killed bad syscall pointer 139 */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    char *page = (char *)sbrk(4096);
    int n = write(1, page, 8192);
    printf("holewrite: wrote %d bytes from an unmapped hole!\n", n);
    return 1;
}
