; Rule: a read/write data breakpoint (R/W=11) also breaks on reads: a load
; from the watched dword raises #DB (trap) with DR6.B2 set.
; Manual: i386 PRM §12.2.2 "R/W = 11: break on data reads or writes but not
; instruction fetches"; §12.3.1.2.
; Expect: PASS

section .text
test_main:
    mov eax, 1
    mov ebx, .db_handler
    mov ecx, KCODE
    mov dl, 0x8E
    call set_gate
    xor eax, eax
    mov dr6, eax
    mov eax, watched
    mov dr2, eax
    mov eax, (1 << 4) | (3 << 24) | (3 << 26)   ; L2, read/write, 4 bytes
    mov dr7, eax
    mov eax, [watched]
.after_read:
    xor eax, eax
    mov dr7, eax
    mov eax, [hits]
    mov ebx, 1
    call check_eq
    db "breakpoint hits on a read", 0
    mov eax, [hit_eip]
    mov ebx, .after_read
    call check_eq
    db "saved EIP = after the read", 0
    mov eax, [hit_dr6]
    and eax, 0xF
    mov ebx, 4
    call check_eq
    db "DR6.B0-B3", 0
    ret
.db_handler:
    push eax
    inc dword [hits]
    mov eax, [esp + 4]
    mov [hit_eip], eax
    mov eax, dr6
    mov [hit_dr6], eax
    pop eax
    iret

section .data
align 4
watched: dd 0
hits: dd 0
hit_eip: dd 0
hit_dr6: dd 0
