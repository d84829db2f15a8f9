; Native (Linux i386) entry for checking cc output: Linux puts argc at [esp]
; and the argv array itself at [esp+4], so pass a pointer to it to main.
; The x87 is set up as cc's fpstart.s does (53-bit precision), so floating
; results match the emulated machine's.
section .text
global _start
extern main
extern exit
_start:
    fninit
    fldcw [fp_control]
    mov eax, [esp]
    lea ecx, [esp+4]
    push ecx
    push eax
    call main
    push eax
    call exit

section .rodata
fp_control:
    dw 0x027f
