; Rule: a limit violation through SS raises #SS(0), not #GP.
; Manual: i486 PRM §9.8.12 Stack Exception: "a limit violation in any
; operation that refers to SS" -> #SS with error code 0.
; Expect: PASS
; QEMU: FAIL (TCG does not check data segment limits, SS included)

section .text
test_main:
    ; SS: base 0, 4 KiB-granular limit just above the kernel stack, so the
    ; exception frame still fits
    mov eax, SCR0 >> 3
    xor ebx, ebx
    mov ecx, kstack_top
    shr ecx, 12
    inc ecx
    mov dl, 0x92
    mov dh, 0xC
    call set_desc
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov ax, SCR0
    mov ss, ax
    mov ebp, 0x00800000
    mov eax, [ebp]              ; SS-relative, beyond the limit
    mov ax, KDATA
    mov ss, ax
    call fail
    db "SS-relative read beyond the SS limit", 0
.caught:
    mov eax, 12
    xor ebx, ebx
    call check_fault
    db "SS limit", 0
    ret
