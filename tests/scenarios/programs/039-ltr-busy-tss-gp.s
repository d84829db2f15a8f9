; Rule: LTR marks the TSS descriptor busy; LTR of a busy TSS raises
; #GP(selector). (The prelude's TSS at TSS_SEL is busy since boot.)
; Manual: LTR reference (i486 PRM): "IF segment descriptor is not for an
; available TSS THEN #GP(selector)"; "the TSS is marked busy".
; Expect: PASS

section .text
test_main:
    movzx eax, byte [gdt + TSS_SEL + 5]
    mov ebx, 0x8B               ; present, DPL 0, busy 32-bit TSS
    call check_eq
    db "TSS descriptor busy after LTR", 0
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov ax, TSS_SEL
    ltr ax
    call fail
    db "LTR of a busy TSS", 0
.caught:
    mov eax, 13
    mov ebx, TSS_SEL
    call check_fault
    db "LTR busy TSS", 0
    ret
