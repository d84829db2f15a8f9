; Rule: IRET to an outer ring nulls DS/ES/FS/GS holding segments the new CPL
; may not use (DPL < CPL, data or nonconforming code).
; Manual: IRET reference (i486 PRM) "RETURN-TO-OUTER-PRIVILEGE-LEVEL ... FOR
; each of ES, FS, GS, DS: IF DPL < CPL (and not conforming code) THEN null".
; Expect: PASS

section .text
test_main:
    mov dword [r3_ds], KDATA    ; call_user loads DS..GS with KDATA, then IRETs
    mov eax, .user
    call call_user
    call check_no_fault
    db "IRET to ring 3", 0
    mov eax, [r3_eax]
    xor ebx, ebx
    call check_eq
    db "DS|ES|FS|GS after IRET to ring 3", 0
    mov eax, [r3_ebx]
    mov ebx, UDATA
    call check_eq
    db "SS after IRET", 0
    ret
.user:
    mov eax, ds
    mov ebx, es
    or eax, ebx
    mov ebx, fs
    or eax, ebx
    mov ebx, gs
    or eax, ebx
    mov ebx, ss
    int 0x30
