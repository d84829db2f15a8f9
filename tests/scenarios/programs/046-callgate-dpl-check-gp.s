; Rule: a call gate is usable only if max(CPL, RPL) <= gate DPL: calling a
; DPL-0 gate from CPL 3 raises #GP(gate selector).
; Manual: CALL reference (i486 PRM): "IF call gate DPL < CPL OR RPL THEN
; #GP(call gate selector)"; i386 PRM §6.3.4.
; Expect: PASS

GATE equ SCR0

section .text
test_main:
    mov eax, GATE >> 3
    mov ebx, .inner
    mov ecx, KCODE
    mov dl, 0x8C                ; present, DPL 0
    mov dh, 0
    call set_call_gate
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov eax, .user
    call call_user
    call fail
    db "DPL-0 call gate used from CPL 3", 0
.caught:
    mov eax, 13
    mov ebx, GATE
    call check_fault
    db "call gate DPL", 0
    ret
.user:
    call GATE | 3:0
    int 0x30
.inner:
    jmp user_return
