; Rule: LAR, LSL, VERR and VERW never fault on a bad selector: a selector
; beyond the GDT limit (or a TI=1 selector with no LDT) just gives ZF=0.
; Manual: LAR/LSL/VERR/VERW references (i486 PRM): "IF selector outside the
; table limits THEN ZF <- 0" (no #GP for the selector itself).
; Expect: PASS

BEYOND equ GDT_ENTRIES * 8 + 0x40

section .text
test_main:
    xor eax, eax
    lldt ax
    xor esi, esi
    mov ecx, BEYOND
    lar edx, ecx
    call .collect
    lsl edx, ecx
    call .collect
    verr cx
    call .collect
    verw cx
    call .collect
    mov ecx, 0x0C               ; TI=1, no LDT
    lar edx, ecx
    call .collect
    verr cx
    call .collect
    call check_no_fault
    db "LAR/LSL/VERR/VERW on bad selectors", 0
    mov eax, esi
    xor ebx, ebx
    call check_eq
    db "ZF results (all must be 0)", 0
    ret
.collect:
    setz al
    movzx eax, al
    shl esi, 1
    or esi, eax
    ret
