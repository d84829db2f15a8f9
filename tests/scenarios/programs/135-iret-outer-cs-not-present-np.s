; Rule: IRET to an outer ring whose return code segment is not present raises
; #NP(CS selector).
; Manual: IRET reference (i486 PRM): "IF return code segment not present THEN
; #NP(return code segment selector)".
; Expect: PASS

section .text
test_main:
    mov eax, SCR0 >> 3
    xor ebx, ebx
    mov ecx, 0xFFFFF
    mov dl, 0x7A                ; P=0, DPL 3, code
    mov dh, 0xC
    call set_desc
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    push dword UDATA
    push dword user_stack_top
    push dword 0x2
    push dword SCR0 | 3
    push dword .never
    iret
.never:
    call fail
    db "IRET to a not-present code segment", 0
.caught:
    mov eax, 11
    mov ebx, SCR0
    call check_fault
    db "IRET CS not present", 0
    ret
