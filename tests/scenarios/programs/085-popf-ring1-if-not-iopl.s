; Rule: at CPL 1 with IOPL 1, POPF may change IF (CPL <= IOPL) but not IOPL
; (only CPL 0 may); POPF at CPL 0 changes IOPL.
; Manual: POPF reference (i486 PRM); i386 PRM §8.3.1 "IOPL ... can be changed
; only at privilege level 0".
; Expect: PASS

R1CODE equ SCR0
R1DATA equ SCR0 + 8

section .text
test_main:
    mov eax, R1CODE >> 3
    xor ebx, ebx
    mov ecx, 0xFFFFF
    mov dl, 0xBA                ; DPL 1 code
    mov dh, 0xC
    call set_desc
    mov eax, R1DATA >> 3
    mov dl, 0xB2                ; DPL 1 data
    call set_desc
    mov dword [r3_cs], R1CODE | 1
    mov dword [r3_ss], R1DATA | 1
    mov dword [r3_ds], R1DATA | 1
    mov dword [r3_eflags], 0x1002      ; IOPL 1, IF 0
    mov eax, .ring1
    call call_user
    call check_no_fault
    db "POPF at CPL 1", 0
    mov eax, [r3_eax]
    and eax, 0x3200
    mov ebx, 0x1200             ; IF set, IOPL still 1
    call check_eq
    db "flags after POPF of IOPL=3|IF at CPL 1, IOPL 1", 0
    ; CPL 0 may change IOPL
    pushfd
    push dword 0x3002
    popfd
    pushfd
    pop eax
    popfd
    and eax, 0x3000
    mov ebx, 0x3000
    call check_eq
    db "IOPL after POPF at CPL 0", 0
    ret
.ring1:
    push dword 0x3202
    popfd
    pushfd
    pop eax
    cli
    int 0x30
