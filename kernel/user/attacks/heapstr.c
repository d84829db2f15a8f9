/* heapstr.c: a string that fills the last heap page to the brim, so the
 * kernel's scan for its NUL runs into the unmapped page above the heap.
 * Expected: killed with "[program killed: bad syscall pointer]", status 139. */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    char *page = (char *)sbrk(4096);
    int i;
    for (i = 0; i < 4096; i++)
        page[i] = 'B';
    puts(page + 4000);
    return 1;
}
