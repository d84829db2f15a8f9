; Rule: delivery through a trap gate leaves IF unchanged (TF is still
; cleared).
; Manual: i386 PRM §9.6.1.3 "the difference between an interrupt gate and a
; trap gate is in the effect on IF ... a trap gate does not change IF".
; Expect: PASS

section .text
test_main:
    mov eax, 0x42
    mov ebx, .handler
    mov ecx, KCODE
    mov dl, 0x8F                ; trap gate, DPL 0
    call set_gate
    sti
    int 0x42
    cli
    mov eax, [inside_flags]
    and eax, 0x200
    mov ebx, 0x200
    call check_eq
    db "IF inside the trap-gate handler", 0
    ret
.handler:
    pushfd
    pop dword [inside_flags]
    iret

section .data
inside_flags: dd 0
