; crt0: user program entry. The kernel starts a program at _start with
; [esp] = argc and [esp+4] = argv (argv[argc] == 0); we call main(argc, argv)
; and hand its return value to exit.
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
    add esp, 8
    push eax
    call exit
.hang:
    jmp .hang
