; Rule: LMSW can set PE but never clear it: LMSW with PE=0 in protected mode
; leaves CR0.PE=1 (and loads MP/EM/TS from the operand).
; Manual: LMSW reference (i486 PRM): "LMSW cannot be used to switch back to
; real-address mode (PE cannot be cleared)".
; Expect: PASS

section .text
test_main:
    mov eax, cr0
    and eax, ~0xE
    mov cr0, eax
    mov ax, 0x0008              ; PE=0, TS=1
    lmsw ax
    mov eax, cr0
    and eax, 0xF
    mov ebx, 0x9                ; PE still 1, TS now 1
    call check_eq
    db "CR0 low bits after LMSW 0x0008", 0
    clts
    mov eax, cr0
    and eax, 0x8
    xor ebx, ebx
    call check_eq
    db "TS after CLTS", 0
    ret
