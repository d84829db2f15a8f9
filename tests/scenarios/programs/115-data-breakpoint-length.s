; Rule: a data breakpoint covers LEN bytes at its (aligned) address: with
; LEN=4 at a dword, a byte write to its third byte breaks, a write to the next
; dword does not.
; Manual: i386 PRM §12.2.2 and §12.2.4 Breakpoint Field Recognition (the
; address is aligned to LEN; any access overlapping the range triggers).
; Expect: PASS

section .text
test_main:
    mov eax, 1
    mov ebx, .db_handler
    mov ecx, KCODE
    mov dl, 0x8E
    call set_gate
    mov eax, watched
    mov dr3, eax
    mov eax, (1 << 6) | (1 << 28) | (3 << 30)   ; L3, write, 4 bytes
    mov dr7, eax
    mov byte [watched + 4], 1   ; next dword: no break
    mov eax, [hits]
    xor ebx, ebx
    call check_eq
    db "write outside the range", 0
    mov byte [watched + 2], 1   ; inside
    mov eax, [hits]
    mov ebx, 1
    call check_eq
    db "byte write inside the range", 0
    xor eax, eax
    mov dr7, eax
    ret
.db_handler:
    inc dword [hits]
    iret

section .data
align 8
watched: dd 0, 0
hits: dd 0
