; Rule: a conforming readable code segment can be loaded into DS at any CPL
; (no DPL check), while a nonconforming DPL-0 readable code segment cannot be
; loaded at CPL 3 (#GP(selector)).
; Manual: i386 PRM §6.3.2 "data access to conforming code segments ... the
; privilege level is effectively the CPL"; MOV Sreg pseudocode: the DPL check
; applies to "data or nonconforming code".
; Expect: PASS

section .text
test_main:
    mov eax, SCR0 >> 3
    xor ebx, ebx
    mov ecx, 0xFFFFF
    mov dl, 0x9E                ; present, DPL 0, code conforming readable
    mov dh, 0xC
    call set_desc
    mov eax, (SCR0 >> 3) + 1
    mov dl, 0x9A                ; present, DPL 0, code nonconforming readable
    call set_desc
    mov dword [probe], 0xCAFEF00D
    mov eax, .user_conforming
    call call_user
    call check_no_fault
    db "conforming code into DS at CPL 3", 0
    mov eax, [r3_eax]
    mov ebx, 0xCAFEF00D
    call check_eq
    db "read through conforming code segment", 0
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov eax, .user_nonconforming
    call call_user
    call fail
    db "nonconforming DPL-0 code loaded into DS at CPL 3", 0
.caught:
    mov eax, 13
    mov ebx, SCR0 + 8
    call check_fault
    db "nonconforming code into DS at CPL 3", 0
    ret
.user_conforming:
    mov ax, SCR0 | 3
    mov ds, ax
    mov eax, [probe]
    int 0x30
.user_nonconforming:
    mov ax, (SCR0 + 8) | 3
    mov ds, ax
    int 0x30

section .data
probe: dd 0
