; Rule: LLDT with a selector that does not name an LDT descriptor (here a
; data segment) raises #GP(selector); LLDT with a TI=1 selector too.
; Manual: LLDT reference (i486 PRM): "IF selector does not point into GDT or
; descriptor is not an LDT THEN #GP(selector)".
; Expect: PASS

section .text
test_main:
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov ax, KDATA
    lldt ax
    call fail
    db "LLDT loaded a data segment descriptor", 0
.caught:
    mov eax, 13
    mov ebx, KDATA
    call check_fault
    db "LLDT of a data descriptor", 0
    mov dword [catch_eip], .caught_ti
    mov [catch_esp], esp
    mov ax, 0x0C
    lldt ax
    call fail
    db "LLDT accepted a TI=1 selector", 0
.caught_ti:
    mov eax, 13
    mov ebx, 0x0C
    call check_fault
    db "LLDT with TI=1", 0
    ret
