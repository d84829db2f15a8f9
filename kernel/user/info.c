/* info.c: shows where a program lives: its pid, and addresses in its text,
 * data, heap and stack, all inside the user window 0x40000000-0x40400000.
 * Expected: five lines "pid = 1", "text  0x4000....", ... and status 0. */
#include <stdio.h>
#include <unistd.h>

int counter = 7;

int main(int argc, char **argv)
{
    int local = 0;
    printf("pid = %d\n", getpid());
    printf("text  %p (main)\n", (void *)main);
    printf("data  %p (a global)\n", (void *)&counter);
    printf("heap  %p (sbrk(0))\n", sbrk(0));
    printf("stack %p (a local)\n", (void *)&local);
    return 0;
}
