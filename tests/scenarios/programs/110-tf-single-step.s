; Rule: with EFLAGS.TF=1 the CPU raises #DB (a trap) after each instruction,
; with DR6.BS=1; a POPF that sets TF traps only after the NEXT instruction,
; and the POPF that clears TF still traps (TF was set when it started). The
; handler itself runs with TF clear (the gate clears it).
; Manual: i386 PRM §12.3.1.4 Single-Step Trap; POPF/INT
; references ("TF is cleared on entry to an interrupt handler").
; Expect: PASS

section .text
test_main:
    mov eax, 1
    mov ebx, .db_handler
    mov ecx, KCODE
    mov dl, 0x8E
    call set_gate
    xor eax, eax
    mov dr6, eax
    pushfd
    or dword [esp], 0x100
    popfd
.s1:
    nop
.s2:
    nop
.s3:
    pushfd
.s4:
    and dword [esp], ~0x100
.s5:
    popfd
.s6:
    nop
    mov eax, [trap_count]
    mov ebx, 5
    call check_eq
    db "single-step traps", 0
    mov eax, [trap_eips]
    mov ebx, .s2
    call check_eq
    db "first trap after the instruction following POPF", 0
    mov eax, [trap_eips + 16]
    mov ebx, .s6
    call check_eq
    db "last trap after the POPF that cleared TF", 0
    mov eax, [trap_dr6]
    and eax, 0x4000
    mov ebx, 0x4000
    call check_eq
    db "DR6.BS", 0
    mov eax, [handler_tf]
    xor ebx, ebx
    call check_eq
    db "TF inside the handler", 0
    ret
.db_handler:
    push eax
    push ebx
    mov ebx, [trap_count]
    cmp ebx, 8
    jae .full
    mov eax, [esp + 8]
    mov [trap_eips + ebx * 4], eax
.full:
    inc dword [trap_count]
    mov eax, dr6
    mov [trap_dr6], eax
    pushfd
    pop eax
    and eax, 0x100
    or [handler_tf], eax
    pop ebx
    pop eax
    iret

section .data
trap_count: dd 0
trap_eips: times 8 dd 0
trap_dr6: dd 0
handler_tf: dd 0
