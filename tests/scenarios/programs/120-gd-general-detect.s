; Rule: with DR7.GD=1 any MOV to or from a debug register raises #DB (a fault,
; before the MOV) with DR6.BD set, and the CPU clears GD on entry so the
; handler can use the debug registers.
; Manual: i386 PRM §12.2.2 "GD bit ... protects debug registers" and
; §12.3.1.3 General Detect Fault.
; Expect: PASS
; QEMU: FAIL (TCG does not raise the general-detect #DB)

section .text
test_main:
    mov eax, 1
    mov ebx, .db_handler
    mov ecx, KCODE
    mov dl, 0x8E
    call set_gate
    xor eax, eax
    mov dr6, eax
    mov eax, 1 << 13            ; GD
    mov dr7, eax
.access:
    mov eax, dr0
    mov eax, [hits]
    mov ebx, 1
    call check_eq
    db "general-detect hits", 0
    mov eax, [hit_eip]
    mov ebx, .access
    call check_eq
    db "saved EIP = the MOV from DR0", 0
    mov eax, [hit_dr6]
    and eax, 1 << 13
    mov ebx, 1 << 13
    call check_eq
    db "DR6.BD", 0
    mov eax, [hit_dr7]
    and eax, 1 << 13
    xor ebx, ebx
    call check_eq
    db "DR7.GD cleared on entry", 0
    ret
.db_handler:
    push eax
    inc dword [hits]
    mov eax, [esp + 4]
    mov [hit_eip], eax
    mov eax, dr6                ; allowed: GD was cleared on entry
    mov [hit_dr6], eax
    mov eax, dr7
    mov [hit_dr7], eax
    pop eax
    iret

section .data
hits: dd 0
hit_eip: dd 0
hit_dr6: dd 0
hit_dr7: dd 0xFFFFFFFF
