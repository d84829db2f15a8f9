; Rule: a call through a not-present call gate raises #NP(gate selector).
; Manual: CALL reference (i486 PRM): "IF call gate not present THEN
; #NP(call gate selector)".
; Expect: PASS

GATE equ SCR0

section .text
test_main:
    mov eax, GATE >> 3
    mov ebx, test_main
    mov ecx, KCODE
    mov dl, 0x6C                ; P=0, DPL 3, call gate
    mov dh, 0
    call set_call_gate
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov eax, .user
    call call_user
    call fail
    db "not-present call gate", 0
.caught:
    mov eax, 11
    mov ebx, GATE
    call check_fault
    db "call gate not present", 0
    ret
.user:
    call GATE | 3:0
    int 0x30
