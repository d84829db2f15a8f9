/* stack.c: unbounded recursion runs the 16 KiB stack into the unmapped
 * guard page below it.
 * Expected: killed with "[program killed: page fault]", a write to a page
 * that is not present (#PF error 0x6), status 139. */
#include <stdio.h>

int depth(int n)
{
    volatile char frame[256];
    frame[0] = (char)n;
    if (n < 0)
        return 0;           /* never true: the stack runs out first */
    return depth(n + 1) + frame[0];
}

int main(int argc, char **argv)
{
    printf("stack: recursing until the guard page\n");
    return depth(0);
}
