; Rule: a TI=1 selector is checked against the LDT's limit: with a one-entry
; LDT, index 0 loads and index 1 raises #GP(selector) (TI bit kept).
; Manual: i386 PRM §6.3.1.2 (descriptor-table limits, LDTR limit); MOV Sreg:
; "index not within descriptor table limits -> #GP(selector)".
; Expect: PASS

LDT_SEL equ SCR0

section .text
test_main:
    mov eax, LDT_SEL >> 3
    mov ebx, small_ldt
    mov ecx, 7                  ; one descriptor
    mov dl, 0x82
    mov dh, 0
    call set_desc
    mov ax, LDT_SEL
    lldt ax
    mov ax, 0x04                ; LDT index 0
    mov fs, ax
    call check_no_fault
    db "LDT index 0 inside the limit", 0
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov ax, 0x0C                ; LDT index 1: beyond the limit
    mov gs, ax
    call fail
    db "selector beyond the LDT limit", 0
.caught:
    mov eax, 13
    mov ebx, 0x0C
    call check_fault
    db "LDT limit", 0
    ret

section .data
align 8
small_ldt:
    dw 0xFFFF, 0x0000           ; flat data, DPL 0
    db 0x00, 0x92, 0xCF, 0x00
    dw 0xFFFF, 0x0000           ; outside the LDT limit: must not be used
    db 0x00, 0x92, 0xCF, 0x00
