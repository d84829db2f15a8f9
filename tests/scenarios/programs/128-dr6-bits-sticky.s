; Rule: the processor sets DR6 status bits but never clears them: after two
; different data breakpoints fire, DR6 shows both B1 and B2 unless software
; cleared it in between.
; Manual: i386 PRM §12.2.3 Debug Status Register: "the processor never
; clears these bits".
; Expect: PASS
; QEMU: FAIL (TCG clears the other B0-B3 bits when a breakpoint fires, as later CPUs may)

section .text
test_main:
    mov eax, 1
    mov ebx, .db_handler
    mov ecx, KCODE
    mov dl, 0x8E
    call set_gate
    xor eax, eax
    mov dr6, eax
    mov eax, first
    mov dr1, eax
    mov eax, second
    mov dr2, eax
    mov eax, (1 << 2) | (1 << 20) | (3 << 22) | (1 << 4) | (1 << 24) | (3 << 26)
    mov dr7, eax
    mov dword [first], 1
    mov dword [second], 2
    xor eax, eax
    mov dr7, eax
    mov eax, [hits]
    mov ebx, 2
    call check_eq
    db "breakpoint hits", 0
    mov eax, [last_dr6]
    and eax, 0xF
    mov ebx, 6
    call check_eq
    db "DR6 B1|B2 after both", 0
    ret
.db_handler:
    push eax
    inc dword [hits]
    mov eax, dr6
    mov [last_dr6], eax
    pop eax
    iret

section .data
align 4
first: dd 0
second: dd 0
hits: dd 0
last_dr6: dd 0
