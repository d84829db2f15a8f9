; Rule: IRET cannot return to a more privileged ring: at CPL 3, an IRET frame
; with a CS of RPL 0 raises #GP(selector), reported at the IRET.
; Manual: IRET reference (i486 PRM): "IF return code segment selector RPL <
; CPL THEN #GP(return selector)".
; Expect: PASS

section .text
test_main:
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov eax, iret_user_code
    call call_user
    call fail
    db "IRET to ring 0 from CPL 3", 0
.caught:
    mov eax, 13
    mov ebx, KCODE
    call check_fault
    db "IRET inward", 0
    mov eax, [fault_eip]
    mov ebx, iret_site
    call check_eq
    db "faulting EIP is the IRET", 0
    ret
iret_user_code:
    push dword 0x2
    push dword KCODE
    push dword iret_target
iret_site:
    iret
iret_target:
    jmp user_return
