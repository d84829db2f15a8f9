; Rule: LAR returns the access-rights bytes of a visible descriptor with ZF=1
; (dword 2 AND 00FxFF00H), and clears ZF for a null selector, for a DPL
; the current CPL/RPL may not see, and for gates/types it does not accept.
; Manual: i486 PRM LAR instruction reference; i386 PRM §6.3.6 (pointer validation).
; Expect: PASS

section .text
test_main:
    mov ax, KCODE
    lar eax, eax
    setz bl
    and eax, 0x00F0FE00         ; limit 19:16 undefined; accessed bit varies
    movzx ebx, bl
    shl ebx, 31
    or eax, ebx
    mov ebx, 0x80C09A00
    call check_eq
    db "LAR kernel code (ZF<<31 | rights)", 0
    mov ax, TSS_SEL
    lar eax, eax
    setz bl
    movzx eax, bl
    mov ebx, 1
    call check_eq
    db "LAR TSS is valid", 0
    xor eax, eax
    mov ecx, 0x1234
    lar ecx, eax
    setz bl
    movzx eax, bl
    xor ebx, ebx
    call check_eq
    db "LAR null selector ZF", 0
    mov eax, ecx
    mov ebx, 0x1234
    call check_eq
    db "LAR with ZF=0 leaves the destination", 0
    ; at CPL 3 a DPL-0 data segment is invisible
    mov eax, .user
    call call_user
    mov eax, [r3_eax]
    xor ebx, ebx
    call check_eq
    db "LAR DPL-0 data at CPL 3 ZF", 0
    mov eax, [r3_ebx]
    mov ebx, 1
    call check_eq
    db "LAR DPL-3 data at CPL 3 ZF", 0
    ret
.user:
    mov cx, KDATA | 3
    lar edx, ecx
    setz al
    movzx eax, al
    mov cx, UDATA
    lar edx, ecx
    setz bl
    movzx ebx, bl
    int 0x30
