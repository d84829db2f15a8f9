; Rule: with CR0.TS=1 an ESC (FPU) instruction raises #NM; WAIT raises #NM
; only when MP=1 as well (TS=1, MP=0: WAIT runs).
; Manual: i386 PRM §9.8.7 Coprocessor Not Available: "ESC with TS=1" and
; "WAIT with MP=1 and TS=1"; i486 PRM §9.8.7 (same conditions).
; Expect: PASS

section .text
test_main:
    mov eax, cr0
    and eax, ~(1 << 2)          ; EM=0
    or eax, (1 << 3)            ; TS=1
    and eax, ~(1 << 1)          ; MP=0
    mov cr0, eax
    wait
    call check_no_fault
    db "WAIT with TS=1, MP=0", 0
    mov dword [catch_eip], .caught_esc
    mov [catch_esp], esp
.esc:
    db 0xD9, 0xE8               ; fld1
    call fail
    db "ESC with TS=1", 0
.caught_esc:
    mov eax, 7
    mov ebx, 0xFFFFFFFF
    call check_fault
    db "#NM for ESC with TS=1", 0
    mov eax, cr0
    or eax, (1 << 1)            ; MP=1
    mov cr0, eax
    mov dword [catch_eip], .caught_wait
    mov [catch_esp], esp
.wait:
    wait
    call fail
    db "WAIT with TS=1, MP=1", 0
.caught_wait:
    mov eax, 7
    mov ebx, 0xFFFFFFFF
    call check_fault
    db "#NM for WAIT with TS=1, MP=1", 0
    mov eax, [fault_eip]
    mov ebx, .wait
    call check_eq
    db "saved EIP is the WAIT", 0
    clts
    ret
