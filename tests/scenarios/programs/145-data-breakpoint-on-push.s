; Rule: data breakpoints watch implicit accesses too: a PUSH that writes the
; watched dword raises #DB after the PUSH (trap, EIP = next instruction).
; Manual: i386 PRM §12.3.1.2 Data-Address Breakpoint ("any data access ...
; including stack accesses" is compared against DR0-DR3).
; Expect: PASS

section .text
test_main:
    mov eax, 1
    mov ebx, .db_handler
    mov ecx, KCODE
    mov dl, 0x8E
    call set_gate
    mov ebp, esp
    lea eax, [esp - 4]          ; the slot the PUSH will write
    mov dr0, eax
    mov eax, (1 << 0) | (1 << 16) | (3 << 18)   ; L0, write, 4 bytes
    mov dr7, eax
    push dword 0x1234
.after_push:
    xor eax, eax
    mov dr7, eax
    mov esp, ebp
    mov eax, [hits]
    mov ebx, 1
    call check_eq
    db "breakpoint hits on PUSH", 0
    mov eax, [hit_eip]
    mov ebx, .after_push
    call check_eq
    db "saved EIP after the PUSH", 0
    ret
.db_handler:
    inc dword [hits]
    push eax
    mov eax, [esp + 4]
    mov [hit_eip], eax
    pop eax
    iret

section .data
hits: dd 0
hit_eip: dd 0
