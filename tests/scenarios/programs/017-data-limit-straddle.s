; Rule: the limit check covers every byte of the operand: a dword at offset
; 0xFFE with limit 0xFFF straddles the limit and raises #GP(0), and the write
; does not happen (not even its first bytes).
; Manual: i386 PRM §6.3.1.2 Limit Checking: "the processor checks ... offset + operand size
; - 1 <= limit"; i486 PRM §9.8.13.
; Expect: PASS
; QEMU: FAIL (TCG does not check data segment limits)

section .text
test_main:
    mov eax, SCR0 >> 3
    mov ebx, frames
    mov ecx, 0xFFF
    mov dl, 0x92
    mov dh, 0x4
    call set_desc
    mov word [frames + 0xFFE], 0xBEEF
    mov ax, SCR0
    mov fs, ax
    mov ax, [fs:0xFFE]          ; a word ending exactly at the limit is fine
    call check_no_fault
    db "word ending at the limit", 0
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov dword [fs:0xFFE], 0x11223344
    call fail
    db "dword straddling the limit", 0
.caught:
    mov eax, 13
    xor ebx, ebx
    call check_fault
    db "dword straddling limit", 0
    movzx eax, word [frames + 0xFFE]
    mov ebx, 0xBEEF
    call check_eq
    db "bytes below the limit written by faulting store", 0
    ret
