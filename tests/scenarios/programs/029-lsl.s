; Rule: LSL returns the byte-granular segment limit (scaled when G=1) with
; ZF=1, and ZF=0 for selectors it does not accept (null, call gates).
; Manual: i486 PRM LSL instruction reference; i386 PRM §6.3.6 (pointer validation).
; Expect: PASS

section .text
test_main:
    mov eax, SCR0 >> 3
    xor ebx, ebx
    mov ecx, 0x1234
    mov dl, 0x92
    mov dh, 0x4
    call set_desc
    mov eax, (SCR0 >> 3) + 1
    mov ecx, 1
    mov dh, 0xC                 ; G=1: limit 1 page -> 0x1FFF
    call set_desc
    mov eax, (SCR0 >> 3) + 2
    mov ebx, test_main
    mov ecx, KCODE
    mov dl, 0x8C
    mov dh, 0
    call set_call_gate
    mov ax, SCR0
    lsl eax, eax
    mov ebx, 0x1234
    call check_eq
    db "LSL byte-granular", 0
    mov ax, SCR0 + 8
    lsl eax, eax
    mov ebx, 0x1FFF
    call check_eq
    db "LSL page-granular", 0
    mov ax, KDATA
    lsl eax, eax
    mov ebx, 0xFFFFFFFF
    call check_eq
    db "LSL flat", 0
    mov ax, SCR0 + 16
    mov ecx, 0x77
    lsl ecx, eax
    setz al
    movzx eax, al
    xor ebx, ebx
    call check_eq
    db "LSL call gate ZF", 0
    mov eax, ecx
    mov ebx, 0x77
    call check_eq
    db "LSL with ZF=0 leaves the destination", 0
    ret
