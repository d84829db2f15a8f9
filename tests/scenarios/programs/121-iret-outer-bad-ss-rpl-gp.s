; Rule: IRET to an outer ring checks the popped SS: its RPL must equal the
; new CPL (the RPL of the popped CS), else #GP(SS selector).
; Manual: IRET reference (i486 PRM) "RETURN-TO-OUTER-PRIVILEGE-LEVEL: IF SS
; selector RPL != RPL of the return CS THEN #GP(SS selector)".
; Expect: PASS

section .text
test_main:
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    push dword KDATA | 3        ; SS: RPL 3 but DPL 0
    push dword user_stack_top
    push dword 0x2
    push dword UCODE
    push dword .never
    iret
.never:
    call fail
    db "IRET to ring 3 with a DPL-0 stack segment", 0
.caught:
    mov eax, 13
    mov ebx, KDATA
    call check_fault
    db "IRET outer SS check", 0
    mov dword [catch_eip], .caught_rpl
    mov [catch_esp], esp
    push dword UDATA & 0xFFFC   ; SS: DPL 3 but RPL 0
    push dword user_stack_top
    push dword 0x2
    push dword UCODE
    push dword .never
    iret
.caught_rpl:
    mov eax, 13
    mov ebx, UDATA & 0xFFFC
    call check_fault
    db "IRET outer SS RPL", 0
    ret
