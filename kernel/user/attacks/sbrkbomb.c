/* sbrkbomb.c: allocates pages with sbrk until the kernel refuses, then exits
 * without giving any back: the kernel must refuse in time and reclaim every
 * page (the harness compares the free page count). Filling the 4 MiB
 * window takes about a virtual second (the kernel zeroes every page).
 * limit: 3
 * expect: refused */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    int pages = 0;
    while ((int)sbrk(4096) != -1)
        pages++;
    printf("sbrkbomb: refused after %d pages\n", pages);
    return pages > 0 ? 0 : 1;
}
