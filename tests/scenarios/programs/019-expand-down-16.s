; Rule: an expand-down segment with B=0 has the upper bound 0xFFFF: offset
; 0xFFFC (dword) is valid, offset 0x10000 raises #GP(0).
; Manual: i386 PRM §6.3.1.2 Limit Checking "... to 0FFFFH (B=0)"; (the B bit of an
; expand-down data segment).
; Expect: PASS
; QEMU: FAIL (TCG does not check data segment limits)

section .text
test_main:
    mov eax, SCR0 >> 3
    mov ebx, frames - 0x1000
    mov ecx, 0xFFF
    mov dl, 0x96
    mov dh, 0x0                 ; G=0, B=0: upper bound 0xFFFF
    call set_desc
    mov ax, SCR0
    mov es, ax
    mov eax, [es:0xFFFC]
    call check_no_fault
    db "dword at 0xFFFC in a 16-bit expand-down segment", 0
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov eax, [es:0x10000]
    call fail
    db "offset above 0xFFFF in a 16-bit expand-down segment", 0
.caught:
    mov eax, 13
    xor ebx, ebx
    call check_fault
    db "16-bit expand-down upper bound", 0
    ret
