; Rule: with G=1 the limit is in 4 KiB units: limit 0 means offsets 0..0xFFF
; are valid and 0x1000 raises #GP(0).
; Manual: i386 PRM §6.3.1.2 Limit Checking "Granularity bit: ... the limit is scaled by 4K and
; the low 12 bits of the offset are not checked".
; Expect: PASS
; QEMU: FAIL (TCG does not check data segment limits)

section .text
test_main:
    mov eax, SCR0 >> 3
    mov ebx, frames
    xor ecx, ecx                ; limit 0 pages
    mov dl, 0x92
    mov dh, 0xC                 ; G=1, B=1
    call set_desc
    mov ax, SCR0
    mov gs, ax
    mov eax, [gs:0xFFC]
    call check_no_fault
    db "offset 0xFFC with a 4K-granular limit of 0", 0
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov eax, [gs:0x1000]
    call fail
    db "offset 0x1000 with a 4K-granular limit of 0", 0
.caught:
    mov eax, 13
    xor ebx, ebx
    call check_fault
    db "granular limit", 0
    ret
