/* strend.c: a string with no NUL before the end of the user window: the
 * kernel must stop scanning at 0x40400000 instead of reading past it.
 * Expected: killed with "[program killed: bad syscall pointer]", status 139. */
#include <stdio.h>

int main(int argc, char **argv)
{
    char *p = (char *)0x403FFFF0;
    int i;
    for (i = 0; i < 16; i++)
        p[i] = 'A';
    puts(p);
    return 1;
}
