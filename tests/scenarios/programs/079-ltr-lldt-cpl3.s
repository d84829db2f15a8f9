; Rule: LTR and LLDT are privileged: at CPL 3 they raise #GP(0).
; Manual: LTR/LLDT reference (i486 PRM): "#GP(0) if the current privilege
; level is not 0".
; Expect: PASS

section .text
test_main:
    mov eax, .user_ltr
    mov ebx, 13
    xor ecx, ecx
    call user_expect_fault
    mov eax, .user_lldt
    call user_expect_fault
    ret
.user_ltr:
    ltr cx
    int 0x30
.user_lldt:
    lldt cx
    int 0x30
