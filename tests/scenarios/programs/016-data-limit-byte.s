; Rule: every data access is checked against the segment limit: with a
; byte-granular limit of 0xFFF, offset 0xFFF is readable, offset 0x1000
; raises #GP(0).
; Manual: i386 PRM §6.3.1.2 Limit Checking; i486 PRM §9.8.13 #GP(0) "exceeding
; the segment limit when using CS, DS, ES, FS, or GS".
; Expect: PASS
; QEMU: FAIL (TCG does not check data segment limits)

section .text
test_main:
    mov eax, SCR0 >> 3
    mov ebx, frames
    mov ecx, 0xFFF
    mov dl, 0x92
    mov dh, 0x4                 ; G=0 (byte granular), B=1
    call set_desc
    mov ax, SCR0
    mov fs, ax
    mov al, [fs:0xFFF]
    call check_no_fault
    db "last byte inside the limit", 0
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov al, [fs:0x1000]
    call fail
    db "read beyond the segment limit", 0
.caught:
    mov eax, 13
    xor ebx, ebx
    call check_fault
    db "read beyond limit", 0
    ret
