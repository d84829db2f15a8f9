; Rule: LTR of an available but not-present TSS descriptor raises
; #NP(selector); LTR of a non-TSS descriptor raises #GP(selector).
; Manual: LTR reference (i486 PRM): "IF segment descriptor is not for an
; available TSS THEN #GP(selector); IF TSS is marked not present THEN
; #NP(selector)"; i486 PRM §9.8.11.
; Expect: PASS

TSS2 equ SCR0

section .text
test_main:
    mov eax, TSS2 >> 3
    mov ebx, tss
    mov ecx, TSS_SIZE - 1
    mov dl, 0x09                ; available 32-bit TSS, P=0
    mov dh, 0
    call set_desc
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov ax, TSS2
    ltr ax
    call fail
    db "LTR loaded a not-present TSS", 0
.caught:
    mov eax, 11
    mov ebx, TSS2
    call check_fault
    db "LTR not present", 0
    mov dword [catch_eip], .caught_type
    mov [catch_esp], esp
    mov ax, KDATA
    ltr ax
    call fail
    db "LTR loaded a data segment", 0
.caught_type:
    mov eax, 13
    mov ebx, KDATA
    call check_fault
    db "LTR of a data descriptor", 0
    ret
