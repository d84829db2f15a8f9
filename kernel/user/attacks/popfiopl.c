/* popfiopl.c: POPF trying to raise IOPL to 3: in ring 3 POPF silently keeps the
 * old IOPL, so the flags read back unchanged and the program says so.
 * expect: ignored */
#include <stdio.h>
#include <unistd.h>
unsigned int flags_before;
unsigned int flags_after;

int main(int argc, char **argv)
{
    unsigned int before;
    unsigned int after;
    asm("pushfd");
    asm("pop eax");
    asm("mov [flags_before], eax");
    asm("or eax, 0x3000");
    asm("push eax");
    asm("popfd");
    asm("pushfd");
    asm("pop eax");
    asm("mov [flags_after], eax");
    before = flags_before;
    after = flags_after;
    if (after & 0x3000) {
        printf("popfiopl: IOPL is now %d!\n", (after >> 12) & 3);
        return 1;
    }
    printf("popfiopl: IOPL still 0 (eflags 0x%x -> 0x%x)\n", before, after);
    return 0;
}
