; Rule: RETF to an outer ring checks the popped SS like IRET does: an SS
; selector with RPL 3 naming a DPL-0 data segment raises #GP(SS selector).
; Manual: RET reference (i486 PRM) "RETURN-TO-OUTER-PRIVILEGE-LEVEL: IF SS
; selector RPL != RPL of the return CS, or DPL != RPL ... THEN
; #GP(SS selector)".
; Expect: PASS

section .text
test_main:
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    push dword KDATA | 3        ; SS
    push dword user_stack_top   ; ESP
    push dword UCODE            ; CS
    push dword .never           ; EIP
    retf
.never:
    call fail
    db "RETF to ring 3 with a DPL-0 stack segment", 0
.caught:
    mov eax, 13
    mov ebx, KDATA
    call check_fault
    db "RETF outer SS check", 0
    ret
