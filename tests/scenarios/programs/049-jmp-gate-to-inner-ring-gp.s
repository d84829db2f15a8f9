; Rule: JMP through a call gate cannot change privilege: jumping through a
; DPL-3 gate to nonconforming DPL-0 code from CPL 3 raises #GP(code selector).
; Manual: JMP reference (i486 PRM) "CALL-GATE: ... IF nonconforming AND DPL !=
; CPL THEN #GP(code segment selector)"; i386 PRM §6.3.4.
; Expect: PASS

GATE equ SCR0

section .text
test_main:
    mov eax, GATE >> 3
    mov ebx, .inner
    mov ecx, KCODE
    mov dl, 0xEC
    mov dh, 0
    call set_call_gate
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov eax, .user
    call call_user
    call fail
    db "JMP through a gate changed privilege", 0
.caught:
    mov eax, 13
    mov ebx, KCODE
    call check_fault
    db "JMP gate to inner ring", 0
    ret
.user:
    jmp GATE | 3:0
.inner:
    jmp user_return
