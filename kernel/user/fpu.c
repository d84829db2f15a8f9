/* fpu.c: the x87 belongs to the program (the kernel switches it lazily),
 * and an unmasked x87 error kills it. The program computes 2 * 4 with the
 * x87, checks the result, unmasks the zero-divide exception and divides by
 * zero: the FWAIT after the division raises #MF ("floating-point error").
 * Expected: killed with "[program killed: floating-point error]", status 136. */
#include <stdio.h>

int fpu_result;
int fpu_four = 4;
int fpu_zero;
short fpu_control = 0x037B;     /* every exception masked but zero-divide (bit 2) */

int main(int argc, char **argv)
{
    /* Intel syntax with PTR: both cc's assembler and gcc -masm=intel read it. */
    asm("fninit");
    asm("fld1");
    asm("fld1");
    asm("faddp st(1), st");
    asm("fimul DWORD PTR [fpu_four]");
    asm("fistp DWORD PTR [fpu_result]");
    if (fpu_result != 8) {
        printf("fpu: the x87 computed %d, not 8\n", fpu_result);
        return 2;
    }
    printf("fpu: the x87 works: 2 * 4 = %d; now a division by zero\n", fpu_result);
    asm("fldcw WORD PTR [fpu_control]");
    asm("fld1");
    asm("fidiv DWORD PTR [fpu_zero]");
    asm("fwait");
    printf("fpu: no floating-point error\n");
    return 1;
}
