; Rule: HLT is privileged: at CPL 3 it raises #GP(0).
; Manual: HLT reference (i486 PRM): "#GP(0) if the current privilege level is
; not 0"; i386 PRM §6.3.5 (privileged instructions).
; Expect: PASS

section .text
test_main:
    mov eax, .user
    mov ebx, 13
    xor ecx, ecx
    call user_expect_fault
    ret
.user:
    hlt
    int 0x30
