/* heap.c: grows the heap with sbrk, uses it, shrinks it, and checks that a
 * request past the stack's guard page is refused.
 * Expected: prints "heap ok: 3 pages" and exits with status 0. */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    char *start = (char *)sbrk(0);
    char *p = (char *)sbrk(3 * 4096);
    int i;
    if (p != start) {
        printf("heap: sbrk returned %p, expected %p\n", p, start);
        return 1;
    }
    for (i = 0; i < 3 * 4096; i++)
        p[i] = (char)i;
    for (i = 0; i < 3 * 4096; i++) {
        if (p[i] != (char)i) {
            printf("heap: byte %d changed\n", i);
            return 1;
        }
    }
    if ((char *)sbrk(0) != start + 3 * 4096) {
        printf("heap: the break did not move\n");
        return 1;
    }
    if ((int)sbrk(4 * 1024 * 1024) != -1) {
        printf("heap: sbrk(4 MiB) should not fit in the window\n");
        return 1;
    }
    if (sbrk(-3 * 4096) != start + 3 * 4096 || sbrk(0) != start) {
        printf("heap: shrinking failed\n");
        return 1;
    }
    printf("heap ok: %d pages\n", 3);
    return 0;
}
