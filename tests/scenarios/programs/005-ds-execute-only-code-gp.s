; Rule: an execute-only code segment cannot be loaded into a data segment
; register: #GP(selector).
; Manual: i386 PRM §6.3.1.1 Type Checking ("only readable code segments may be
; loaded into DS, ES, FS, GS"); MOV/POP Sreg: "segment is not a data or
; readable code segment -> #GP(selector)".
; Expect: PASS

section .text
test_main:
    mov eax, SCR0 >> 3
    xor ebx, ebx
    mov ecx, 0xFFFFF
    mov dl, 0x98                ; present, DPL 0, code execute-only
    mov dh, 0xC
    call set_desc
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov ax, SCR0
    mov fs, ax
    call fail
    db "execute-only code loaded into FS", 0
.caught:
    mov eax, 13
    mov ebx, SCR0
    call check_fault
    db "FS execute-only", 0
    ret
