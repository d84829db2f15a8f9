/* fpu.c: an x87 instruction. The kernel keeps no FPU state for programs and
 * sets CR0.EM, so the CPU raises #NM ("device not available").
 * Expected: killed with "[program killed: device not available]", status 132. */
#include <stdio.h>

int main(int argc, char **argv)
{
    /* fninit, as bytes: the project's assembler has no x87 mnemonics. */
#ifdef __GNUC__
    asm(".byte 0xdb, 0xe3");
#else
    asm("db 0xdb, 0xe3");
#endif
    printf("fpu: the x87 is mine!\n");
    return 1;
}
