; Rule: LLDT loads LDTR from a GDT LDT descriptor; a selector with TI=1 then
; indexes the LDT (index 0 of the LDT is a valid descriptor, not null), and
; SLDT returns the loaded selector.
; Manual: i386 PRM §5.1.3 Selectors (TI bit); LLDT/SLDT instruction reference.
; Expect: PASS

LDT_SEL equ SCR0

section .text
test_main:
    ; LDT descriptor in the GDT: base ldt_table, limit 15, type 2 (LDT), present
    mov eax, LDT_SEL >> 3
    mov ebx, ldt_table
    mov ecx, 15
    mov dl, 0x82
    mov dh, 0
    call set_desc
    mov eax, frames
    mov [ldt_table + 10], ax
    shr eax, 16
    mov [ldt_table + 12], al
    mov [ldt_table + 15], ah
    mov ax, LDT_SEL
    lldt ax
    mov dword [frames + 8], 0x4C445421
    mov ax, 0x0C                ; LDT index 1, TI=1, RPL 0
    mov fs, ax
    mov eax, [fs:8]
    mov ebx, 0x4C445421
    call check_eq
    db "read through an LDT data segment", 0
    mov ax, 0x04                ; LDT index 0 is a normal descriptor
    mov gs, ax
    mov eax, [gs:frames + 8]
    mov ebx, 0x4C445421
    call check_eq
    db "read through LDT index 0", 0
    sldt eax
    and eax, 0xFFFF
    mov ebx, LDT_SEL
    call check_eq
    db "SLDT", 0
    call check_no_fault
    db "LDT use", 0
    ret

section .data
align 8
ldt_table:
    dw 0xFFFF, 0x0000           ; 0x04: flat data, DPL 0
    db 0x00, 0x92, 0xCF, 0x00
    dw 0x0FFF                   ; 0x0C: data, limit 0xFFF, base = `frames`
    dw 0                        ; (base filled in by test_main)
    db 0, 0x92, 0x40, 0
