; Rule: the i486 cache/TLB instructions INVLPG, INVD and WBINVD are privileged:
; at CPL 3 they raise #GP(0).
; Manual: INVLPG/INVD/WBINVD reference (i486 PRM, new in the i486): "#GP(0)
; if the current privilege level is not 0".
; Expect: PASS

section .text
test_main:
    mov ebx, 13
    xor ecx, ecx
    mov eax, .invlpg
    call user_expect_fault
    mov eax, .invd
    call user_expect_fault
    mov eax, .wbinvd
    call user_expect_fault
    ret
.invlpg:
    invlpg [0x1000]
    int 0x30
.invd:
    invd
    int 0x30
.wbinvd:
    wbinvd
    int 0x30
