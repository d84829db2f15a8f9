; fpstart: the entry of a program that uses floating point. The x87 starts
; clean (FNINIT) with every exception masked, rounding to nearest, and the
; precision control at 53 bits, so + - * / and sqrt round to double exactly
; as an SSE2 machine would; then the usual start-up in crt0.
section .text
global __fp_start
extern _start
__fp_start:
    fninit
    fldcw [__fp_control]
    jmp _start

section .rodata
__fp_control:
    dw 0x027f        ; PC = 10 (53 bits), RC = 00 (nearest), all exceptions masked
