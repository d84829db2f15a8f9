; Rule: a data-write breakpoint (DR1, R/W1=01, LEN1=11) raises #DB as a TRAP
; after the writing instruction (saved EIP = next instruction, the write done,
; DR6.B1 set); reads of the location do not break.
; Manual: i386 PRM §12.2.2 and §12.3.1.2 Data-Address Breakpoint (trap);
; data breakpoints are reported exactly on the i486 (the 386 needed LE/GE).
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
    mov dr1, eax
    mov eax, (1 << 2) | (1 << 20) | (3 << 22)   ; L1, write, 4 bytes
    mov dr7, eax
    mov eax, [watched]          ; read: no break
    mov dword [watched], 0x77
.after_write:
    xor eax, eax
    mov dr7, eax
    mov eax, [hits]
    mov ebx, 1
    call check_eq
    db "breakpoint hits", 0
    mov eax, [hit_eip]
    mov ebx, .after_write
    call check_eq
    db "saved EIP = after the write", 0
    mov eax, [value_at_hit]
    mov ebx, 0x77
    call check_eq
    db "write completed before the trap", 0
    mov eax, [hit_dr6]
    and eax, 0xF
    mov ebx, 2
    call check_eq
    db "DR6.B0-B3", 0
    ret
.db_handler:
    push eax
    inc dword [hits]
    mov eax, [watched]
    mov [value_at_hit], eax
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
value_at_hit: dd 0
