; Rule: IRET to the same ring at CPL 3 (IOPL 0) silently keeps IF and IOPL
; while loading the other flags from the stack.
; Manual: IRET reference (i486 PRM) "RETURN-TO-SAME-PRIVILEGE-LEVEL: ... IF
; CPL <= IOPL THEN IF loaded; IF CPL = 0 THEN IOPL loaded".
; Expect: PASS

section .text
test_main:
    mov eax, .user
    call call_user
    call check_no_fault
    db "IRET at CPL 3", 0
    mov eax, [r3_eax]
    and eax, 0x3201
    mov ebx, 0x0001
    call check_eq
    db "flags after IRET with IOPL=3|IF|CF at CPL 3", 0
    ret
.user:
    push dword 0x3203
    push dword UCODE
    push dword .back
    iret
.back:
    pushfd
    pop eax
    int 0x30
