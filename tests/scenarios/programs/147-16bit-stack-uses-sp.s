; Rule: the B bit of the SS descriptor selects the stack pointer size: with a
; 16-bit stack segment (B=0) PUSH uses and updates SP only, leaving ESP's
; upper half unchanged, and writes at SS.base + SP.
; Manual: i386 PRM §6.3.1.2 (the B bit of data segments: ESP vs SP) and the
; PUSH reference (i486 PRM): "IF StackAddressSize = 16 THEN SP <- SP - 4".
; Expect: PASS

STACK16 equ SCR0

section .text
test_main:
    mov eax, STACK16 >> 3
    mov ebx, frames             ; base
    mov ecx, 0xFFFF
    mov dl, 0xF2                ; DPL 3 data read/write
    mov dh, 0x0                 ; G=0, B=0: 16-bit stack
    call set_desc
    mov dword [r3_ss], STACK16 | 3
    mov dword [r3_esp], 0x0100
    mov eax, .user
    call call_user
    call check_no_fault
    db "PUSH on a 16-bit stack", 0
    mov eax, [r3_eax]
    mov ebx, 0x123400FC
    call check_eq
    db "ESP after PUSH (only SP changed)", 0
    mov eax, [frames + 0xFC]
    mov ebx, 0xABCD1234
    call check_eq
    db "value written at base + SP", 0
    ret
.user:
    ; set ESP here: an IRET to a 16-bit stack only loads SP (the upper half of
    ; ESP keeps the inner ring's value), which is not the rule under test
    mov esp, 0x12340100
    push dword 0xABCD1234
    mov eax, esp
    int 0x30
