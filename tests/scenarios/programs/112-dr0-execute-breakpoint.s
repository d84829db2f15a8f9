; Rule: an instruction breakpoint (DR0, DR7 L0=1, R/W0=00, LEN0=00) raises #DB
; as a FAULT before the instruction executes (saved EIP = its address, DR6.B0
; set); returning with RF=1 executes it without a second break.
; Manual: i386 PRM §12.2.2 (DR7 fields) and §12.3.1.1 Instruction-Address
; Breakpoint; §12.3.1 RF ("resume flag").
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
    mov eax, .target
    mov dr0, eax
    mov eax, 0x00000001         ; L0, execute, length 1
    mov dr7, eax
    nop
.target:
    inc dword [executed]
    xor eax, eax
    mov dr7, eax
    mov eax, [hits]
    mov ebx, 1
    call check_eq
    db "breakpoint hits", 0
    mov eax, [hit_eip]
    mov ebx, .target
    call check_eq
    db "saved EIP = breakpoint address", 0
    mov eax, [executed_at_hit]
    xor ebx, ebx
    call check_eq
    db "instruction had not run at the break", 0
    mov eax, [executed]
    mov ebx, 1
    call check_eq
    db "instruction ran once after RF", 0
    mov eax, [hit_dr6]
    and eax, 0xF
    mov ebx, 1
    call check_eq
    db "DR6.B0-B3", 0
    ret
.db_handler:
    push eax
    inc dword [hits]
    mov eax, [executed]
    mov [executed_at_hit], eax
    mov eax, [esp + 4]
    mov [hit_eip], eax
    mov eax, dr6
    mov [hit_dr6], eax
    or dword [esp + 12], 0x10000   ; RF in the saved EFLAGS
    cmp dword [hits], 3
    jb .ok
    xor eax, eax                ; runaway: disable the breakpoint
    mov dr7, eax
.ok:
    pop eax
    iret

section .data
hits: dd 0
hit_eip: dd 0
hit_dr6: dd 0
executed: dd 0
executed_at_hit: dd 0xFFFFFFFF
