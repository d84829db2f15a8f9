; Rule: SGDT, SIDT, SLDT, STR and SMSW are not privileged on the 386/486:
; they work at CPL 3 and return the real values.
; Manual: i386 PRM §4.2 Systems Instructions and §6.3.5 (these are not in
; the privileged list); i486 PRM SGDT/SIDT/SLDT/STR/SMSW references (no #GP
; for CPL > 0; UMIP does not exist on the 486).
; Expect: PASS

section .text
test_main:
    xor eax, eax
    lldt ax
    mov eax, .user
    call call_user
    call check_no_fault
    db "system-table stores at CPL 3", 0
    movzx eax, word [user_gdtr]
    mov ebx, GDT_ENTRIES * 8 - 1
    call check_eq
    db "SGDT limit", 0
    mov eax, [user_gdtr + 2]
    mov ebx, gdt
    call check_eq
    db "SGDT base", 0
    movzx eax, word [user_idtr]
    mov ebx, 256 * 8 - 1
    call check_eq
    db "SIDT limit", 0
    mov eax, [user_idtr + 2]
    mov ebx, idt
    call check_eq
    db "SIDT base", 0
    movzx eax, word [user_tr]
    mov ebx, TSS_SEL
    call check_eq
    db "STR", 0
    movzx eax, word [user_ldtr]
    xor ebx, ebx
    call check_eq
    db "SLDT", 0
    movzx eax, word [user_msw]
    and eax, 1
    mov ebx, 1
    call check_eq
    db "SMSW PE bit", 0
    ret
.user:
    sgdt [user_gdtr]
    sidt [user_idtr]
    str word [user_tr]
    sldt word [user_ldtr]
    smsw word [user_msw]
    int 0x30

section .data
user_gdtr: dw 0
           dd 0
user_idtr: dw 0
           dd 0
user_tr:   dw 0xFFFF
user_ldtr: dw 0xFFFF
user_msw:  dw 0
