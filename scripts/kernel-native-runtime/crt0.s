; crt0.s (native build only): the program entry the kernel expects.
; At _start, [esp] = argc and [esp+4] = argv; call main(argc, argv), then exit.
bits 32
section .text
global _start
extern main
extern exit
_start:
    mov eax, [esp]
    mov ecx, [esp+4]
    push ecx
    push eax
    call main
    push eax
    call exit
.hang:
    jmp .hang
