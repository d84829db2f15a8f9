/* abovewin.c: a write just above the user window (0x40400000): not mapped.
 * expect: killed page fault 139 */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    volatile int *p = (volatile int *)0x40400000;
    *p = 1;
    printf("abovewin: wrote above the window!\n");
    return 1;
}
