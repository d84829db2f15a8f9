; Rule: delivery through an interrupt gate clears IF (and TF) in EFLAGS; the
; pushed EFLAGS keeps the old IF, so IRET restores it.
; Manual: i386 PRM §9.6.1.3 Flags Usage by Interrupt Procedure (an interrupt
; gate resets IF, and TF is reset on entry through any gate).
; Expect: PASS

section .text
test_main:
    mov eax, 0x41
    mov ebx, .handler
    mov ecx, KCODE
    mov dl, 0x8E                ; interrupt gate, DPL 0
    call set_gate
    sti
    int 0x41
    pushfd
    pop ecx
    cli
    mov eax, [inside_flags]
    and eax, 0x200
    xor ebx, ebx
    call check_eq
    db "IF inside the interrupt-gate handler", 0
    mov eax, [pushed_flags]
    and eax, 0x200
    mov ebx, 0x200
    call check_eq
    db "IF in the pushed EFLAGS", 0
    mov eax, ecx
    and eax, 0x200
    mov ebx, 0x200
    call check_eq
    db "IF after IRET", 0
    ret
.handler:
    pushfd
    pop dword [inside_flags]
    push eax
    mov eax, [esp + 12]
    mov [pushed_flags], eax
    pop eax
    iret

section .data
inside_flags: dd 0xFFFFFFFF
pushed_flags: dd 0
