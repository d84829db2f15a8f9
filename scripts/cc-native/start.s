; Native (Linux i386) entry for checking cc output: Linux puts argc at [esp]
; and the argv array itself at [esp+4], so pass a pointer to it to main.
section .text
global _start
extern main
extern exit
_start:
    mov eax, [esp]
    lea ecx, [esp+4]
    push ecx
    push eax
    call main
    push eax
    call exit
