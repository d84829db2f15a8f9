/* popfif.c: POPF trying to clear IF, then an endless loop: POPF leaves IF
 * alone in ring 3 (IOPL 0), so the timer still preempts the loop and the
 * time limit ends it.
 * expect: killed time limit 137 */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    volatile int n = 0;
    asm("pushfd");
    asm("pop eax");
    asm("and eax, 0xFFFFFDFF");
    asm("push eax");
    asm("popfd");
    for (;;)
        n++;
    return 1;
}
