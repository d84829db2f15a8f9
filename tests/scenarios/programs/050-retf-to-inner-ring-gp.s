; Rule: RETF may not return to a more privileged ring: at CPL 3, a return
; selector with RPL 0 raises #GP(selector).
; Manual: RET reference (i486 PRM): "IF return selector RPL < CPL THEN
; #GP(return selector)"; i386 PRM §6.3.4.2 Returning from a Procedure.
; Expect: PASS

section .text
test_main:
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov eax, .user
    call call_user
    call fail
    db "RETF to ring 0", 0
.caught:
    mov eax, 13
    mov ebx, KCODE
    call check_fault
    db "RETF inward", 0
    ret
.user:
    push dword KCODE
    push dword .ring0
    retf
.ring0:
    jmp user_return
