; Rule: VERR sets ZF for readable segments visible at max(CPL, RPL); VERW only
; for writable data segments; code segments are never writable; execute-only
; code is not readable; a DPL-0 segment is invisible at CPL 3.
; Manual: i486 PRM VERR/VERW instruction reference; i386 PRM §6.3.6 (pointer validation).
; Expect: PASS

section .text
test_main:
    mov eax, SCR0 >> 3          ; read-only data
    xor ebx, ebx
    mov ecx, 0xFFFFF
    mov dl, 0x90
    mov dh, 0xC
    call set_desc
    mov eax, (SCR0 >> 3) + 1    ; execute-only code
    mov dl, 0x98
    call set_desc
    xor esi, esi                ; ZF results, first test in bit 7
    mov ax, KDATA
    call .zf_verr               ; bit 7: 1
    mov ax, KDATA
    call .zf_verw               ; bit 6: 1
    mov ax, SCR0
    call .zf_verr               ; bit 5: 1
    mov ax, SCR0
    call .zf_verw               ; bit 4: 0 (read-only)
    mov ax, KCODE
    call .zf_verr               ; bit 3: 1 (readable code)
    mov ax, KCODE
    call .zf_verw               ; bit 2: 0 (code is never writable)
    mov ax, SCR0 + 8
    call .zf_verr               ; bit 1: 0 (execute-only)
    mov ax, 0
    call .zf_verr               ; bit 0: 0 (null)
    mov eax, esi
    mov ebx, 0xE8
    call check_eq
    db "VERR/VERW ZF results", 0
    mov eax, .user
    call call_user
    mov eax, [r3_eax]
    xor ebx, ebx
    call check_eq
    db "VERR DPL-0 data at CPL 3", 0
    mov eax, [r3_ebx]
    mov ebx, 1
    call check_eq
    db "VERR DPL-3 data at CPL 3", 0
    ret
.zf_verr:
    verr ax
    jmp .record
.zf_verw:
    verw ax
.record:
    setz al
    movzx eax, al
    shl esi, 1
    or esi, eax
    ret
.user:
    mov cx, KDATA | 3
    verr cx
    setz al
    movzx eax, al
    mov cx, UDATA
    verr cx
    setz bl
    movzx ebx, bl
    int 0x30
