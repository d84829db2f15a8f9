; Rule: CLI at CPL 3 with IOPL 0 raises #GP(0); with IOPL 3 it is allowed and
; clears IF.
; Manual: CLI reference (i486 PRM): "IF CPL <= IOPL THEN IF <- 0 ELSE #GP(0)";
; i386 PRM §8.3.1 and §9.8.13.
; Expect: PASS

section .text
test_main:
    mov eax, .user_cli
    mov ebx, 13
    xor ecx, ecx
    call user_expect_fault
    mov dword [r3_eflags], 0x3202       ; IOPL 3, IF 1
    mov eax, .user_cli_ok
    call call_user
    call check_no_fault
    db "CLI at CPL 3 with IOPL 3", 0
    mov eax, [r3_eax]
    and eax, 0x200
    xor ebx, ebx
    call check_eq
    db "IF after CLI with IOPL 3", 0
    ret
.user_cli:
    cli
    int 0x30
.user_cli_ok:
    cli
    pushfd
    pop eax
    int 0x30
