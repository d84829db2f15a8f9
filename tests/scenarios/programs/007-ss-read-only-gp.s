; Rule: SS must be a writable data segment; a read-only data segment raises
; #GP(selector).
; Manual: MOV/POP SS (i486 PRM instruction reference): "IF selector is not a
; writable data segment THEN #GP(selector)".
; Expect: PASS

section .text
test_main:
    mov eax, SCR0 >> 3
    xor ebx, ebx
    mov ecx, 0xFFFFF
    mov dl, 0x90                ; present, DPL 0, data read-only
    mov dh, 0xC
    call set_desc
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov ax, SCR0
    mov ss, ax
    mov ax, KDATA
    mov ss, ax
    call fail
    db "read-only segment loaded into SS", 0
.caught:
    mov eax, 13
    mov ebx, SCR0
    call check_fault
    db "SS read-only", 0
    ret
