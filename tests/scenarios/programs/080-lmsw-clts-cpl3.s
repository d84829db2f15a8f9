; Rule: LMSW and CLTS are privileged: at CPL 3 they raise #GP(0).
; Manual: LMSW/CLTS reference (i486 PRM): "#GP(0) if the current privilege
; level is not 0".
; Expect: PASS

section .text
test_main:
    mov eax, .user_lmsw
    mov ebx, 13
    xor ecx, ecx
    call user_expect_fault
    mov eax, .user_clts
    call user_expect_fault
    ret
.user_lmsw:
    lmsw ax
    int 0x30
.user_clts:
    clts
    int 0x30
