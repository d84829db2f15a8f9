; Rule: LGDT and LIDT are privileged: at CPL 3 they raise #GP(0).
; Manual: LGDT/LIDT reference (i486 PRM): "#GP(0) if the current privilege
; level is not 0"; i386 PRM §6.3.5 (privileged instructions).
; Expect: PASS

section .text
test_main:
    mov eax, .user_lgdt
    mov ebx, 13
    xor ecx, ecx
    call user_expect_fault
    mov eax, .user_lidt
    call user_expect_fault
    ret
.user_lgdt:
    lgdt [gdt_ptr]
    int 0x30
.user_lidt:
    lidt [idt_ptr]
    int 0x30
