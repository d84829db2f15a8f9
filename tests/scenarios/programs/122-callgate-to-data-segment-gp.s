; Rule: a call gate whose target selector names a data segment raises
; #GP(target selector) when used.
; Manual: CALL reference (i486 PRM) "CALL-GATE: IF code segment selector does
; not indicate a code segment THEN #GP(code segment selector)".
; Expect: PASS

GATE equ SCR0

section .text
test_main:
    mov eax, GATE >> 3
    mov ebx, test_main
    mov ecx, KDATA              ; not code
    mov dl, 0x8C
    mov dh, 0
    call set_call_gate
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    call GATE:0
    call fail
    db "call gate to a data segment", 0
.caught:
    mov eax, 13
    mov ebx, KDATA
    call check_fault
    db "gate target is data", 0
    ret
