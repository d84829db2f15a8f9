; Rule: IN and OUT at CPL 3 with IOPL 0 raise #GP(0) when the TSS has no I/O
; permission bitmap inside its limit; with IOPL 3 they are allowed.
; Manual: i386 PRM §8.3.2 "I/O Permission Bit Map ... if the bit map base is
; beyond the TSS limit, all I/O at CPL > IOPL faults"; IN/OUT references.
; Expect: PASS

section .text
test_main:
    mov eax, .user_in
    mov ebx, 13
    xor ecx, ecx
    call user_expect_fault
    mov eax, .user_out
    call user_expect_fault
    mov eax, .user_in_dx
    call user_expect_fault
    mov dword [r3_eflags], 0x3002       ; IOPL 3
    mov eax, .user_io_ok
    call call_user
    call check_no_fault
    db "IN/OUT at CPL 3 with IOPL 3", 0
    ret
.user_in:
    in al, 0x71
    int 0x30
.user_out:
    out 0x80, al
    int 0x30
.user_in_dx:
    in eax, dx
    int 0x30
.user_io_ok:
    in al, 0x71
    out 0x80, al
    int 0x30
