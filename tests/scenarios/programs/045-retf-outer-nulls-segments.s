; Rule: RETF to an outer ring loads null into DS/ES/FS/GS when they hold a
; data (or nonconforming code) segment whose DPL is below the new CPL;
; registers the new CPL may hold keep their values.
; Manual: RET reference (i486 PRM) "RETURN-TO-OUTER-PRIVILEGE-LEVEL: FOR each
; of ES, FS, GS, DS: IF ... DPL < new CPL THEN load null"; i386 PRM
; §6.3.4.2 Returning from a Procedure.
; Expect: PASS

GATE equ SCR0

section .text
test_main:
    mov eax, GATE >> 3
    mov ebx, .inner
    mov ecx, KCODE
    mov dl, 0xEC
    mov dh, 0
    call set_call_gate
    mov eax, .user
    call call_user
    call check_no_fault
    db "RETF to ring 3", 0
    mov eax, [r3_eax]
    mov ebx, UDATA << 16        ; DS nulled, ES kept
    call check_eq
    db "DS:ES after RETF (DS<<0 | ES<<16)", 0
    mov eax, [r3_ebx]
    xor ebx, ebx                ; FS and GS nulled
    call check_eq
    db "FS|GS after RETF", 0
    ret
.user:
    call GATE | 3:0
    mov eax, es
    shl eax, 16
    mov ebx, ds
    or eax, ebx
    mov ebx, fs
    mov ecx, gs
    or ebx, ecx
    int 0x30
.inner:
    mov ax, KDATA
    mov ds, ax
    mov fs, ax
    mov gs, ax
    mov ax, UDATA
    mov es, ax
    retf
