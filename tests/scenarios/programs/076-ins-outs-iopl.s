; Rule: INS and OUTS are I/O instructions: at CPL 3 with IOPL 0 and no bitmap
; they raise #GP(0).
; Manual: INS/OUTS references (i486 PRM): "IF CPL > IOPL AND any I/O
; permission bit for the port is 1 THEN #GP(0)"; i386 PRM §8.3.
; Expect: PASS

section .text
test_main:
    mov eax, .user_outs
    mov ebx, 13
    xor ecx, ecx
    call user_expect_fault
    mov eax, .user_ins
    call user_expect_fault
    ret
.user_outs:
    outsb
    int 0x30
.user_ins:
    insd
    int 0x30
