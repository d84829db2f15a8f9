; Rule: a debug address register does nothing unless its L or G enable bit in
; DR7 is set.
; Manual: i386 PRM §12.2.2 "L0-L3/G0-G3 ... enable the breakpoint".
; Expect: PASS

section .text
test_main:
    mov eax, .target
    mov dr0, eax
    mov eax, watched
    mov dr1, eax
    mov eax, (1 << 20) | (3 << 22)  ; R/W and LEN set, but no enable bits
    mov dr7, eax
.target:
    nop
    mov dword [watched], 1
    call check_no_fault
    db "disabled breakpoints", 0
    mov eax, 0x00000002         ; G0 alone enables DR0 too
    mov dr7, eax
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    jmp .target2
.caught:
    xor eax, eax
    mov dr7, eax
    mov eax, 1
    mov ebx, 0xFFFFFFFF
    call check_fault
    db "G0-enabled breakpoint", 0
    ret
.target2:
    mov eax, .target
    jmp eax

section .data
align 4
watched: dd 0
