; Rule: POPF at CPL 3 with IOPL 0 does not fault; it silently keeps IF and
; IOPL while updating the other flags (here CF).
; Manual: POPF reference (i486 PRM): "IF CPL > IOPL ... IF unchanged; IOPL
; changed only at CPL 0"; i386 PRM §8.3.1 I/O Privilege Level.
; Expect: PASS

section .text
test_main:
    mov eax, .user
    call call_user
    call check_no_fault
    db "POPF at CPL 3", 0
    mov eax, [r3_eax]
    and eax, 0x3201             ; IOPL, IF, CF
    mov ebx, 0x0001             ; only CF took effect
    call check_eq
    db "flags after POPF of IOPL=3|IF|CF at CPL 3", 0
    ret
.user:
    push dword 0x3203           ; IOPL 3, IF, CF, reserved bit 1
    popfd
    pushfd
    pop eax
    int 0x30
