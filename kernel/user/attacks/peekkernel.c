/* peekkernel.c: peek is limited to the caller's own window.
 * Expected: peek of its own data works ("peek ok"), then peek(0x00100000)
 * kills it with "[program killed: bad syscall pointer]", status 139. */
#include <stdio.h>
#include <ringside.h>

char mine = 'r';

int main(int argc, char **argv)
{
    if (peek((int)&mine) != 'r' || poke((int)&mine, 's') != 0 || mine != 's') {
        printf("peek/poke of my own byte failed\n");
        return 1;
    }
    printf("peek ok\n");
    printf("kernel byte: %d\n", peek(0x00100000));
    return 1;
}
