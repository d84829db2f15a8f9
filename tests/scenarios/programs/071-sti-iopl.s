; Rule: STI at CPL 3 with IOPL 0 raises #GP(0); with IOPL 3 it sets IF.
; Manual: STI reference (i486 PRM): "IF CPL <= IOPL THEN IF <- 1 ELSE #GP(0)";
; i386 PRM §8.3.1.
; Expect: PASS

section .text
test_main:
    mov eax, .user_sti
    mov ebx, 13
    xor ecx, ecx
    call user_expect_fault
    mov dword [r3_eflags], 0x3002       ; IOPL 3, IF 0
    mov eax, .user_sti_ok
    call call_user
    call check_no_fault
    db "STI at CPL 3 with IOPL 3", 0
    mov eax, [r3_eax]
    and eax, 0x200
    mov ebx, 0x200
    call check_eq
    db "IF after STI with IOPL 3", 0
    ret
.user_sti:
    sti
    int 0x30
.user_sti_ok:
    sti
    pushfd
    pop eax
    cli
    int 0x30
