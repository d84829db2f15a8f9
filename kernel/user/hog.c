/* hog.c: takes heap pages with sbrk until the kernel says no (-1), touching
 * each one, then reports how many it got. The heap ends at the stack's guard
 * page, or earlier when physical memory runs out.
 * Expected: prints "hog: got 10" (10xx pages on a 32 MiB machine: all the
 * window holds above the program's image, 1015 for the gcc build) and exits
 * with status 0; the pages are freed at exit. */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    int pages = 0;
    char *p;
    for (;;) {
        p = (char *)sbrk(4096);
        if ((int)p == -1)
            break;
        p[0] = 1;
        p[4095] = 2;
        pages++;
    }
    printf("hog: got %d pages\n", pages);
    return 0;
}
