; Rule: INT3 at CPL 3 is subject to the gate DPL: with a DPL-0 gate it raises
; #GP(3*8+2); with a DPL-3 gate it delivers #BP (a trap: the saved EIP is the
; instruction after INT3, no error code).
; Manual: i386 PRM §9.6.1.4 and §9.8.3 Breakpoint; INT3 reference (i486 PRM).
; Expect: PASS

section .text
test_main:
    mov dword [catch_eip], .caught_gp
    mov [catch_esp], esp
    mov eax, .user
    call call_user
    call fail
    db "INT3 through a DPL-0 gate from CPL 3", 0
.caught_gp:
    mov eax, 13
    mov ebx, 3 * 8 + 2
    call check_fault
    db "INT3 gate DPL 0", 0
    mov eax, 3
    mov ebx, isr_stubs + 3 * 5
    mov ecx, KCODE
    mov dl, 0xEE                ; interrupt gate, DPL 3
    call set_gate
    mov dword [catch_eip], .caught_bp
    mov [catch_esp], esp
    mov eax, .user
    call call_user
    call fail
    db "INT3 through a DPL-3 gate did not trap", 0
.caught_bp:
    mov eax, 3
    mov ebx, 0xFFFFFFFF
    call check_fault
    db "INT3 gate DPL 3", 0
    mov eax, [fault_eip]
    mov ebx, .after_int3
    call check_eq
    db "#BP saved EIP (after INT3)", 0
    ret
.user:
    int3
.after_int3:
    int 0x30
