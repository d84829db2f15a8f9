; Rule: ARPL raises the RPL of the destination selector to the source's RPL
; and sets ZF; if the RPL is already high enough it changes nothing, ZF=0.
; Manual: i486 PRM ARPL instruction reference; i386 PRM §6.3.6 (pointer validation, RPL).
; Expect: PASS

section .text
test_main:
    mov ax, KDATA               ; RPL 0
    mov bx, UCODE               ; RPL 3
    arpl ax, bx
    setz cl
    movzx eax, ax
    mov ebx, KDATA | 3
    call check_eq
    db "ARPL raised RPL", 0
    movzx eax, cl
    mov ebx, 1
    call check_eq
    db "ARPL ZF when adjusted", 0
    mov ax, KDATA | 3
    mov bx, 0x0009              ; RPL 1
    arpl ax, bx
    setz cl
    movzx eax, ax
    mov ebx, KDATA | 3
    call check_eq
    db "ARPL keeps a higher RPL", 0
    movzx eax, cl
    xor ebx, ebx
    call check_eq
    db "ARPL ZF when unchanged", 0
    ret
