; Rule: MOV SS inhibits single-step traps (and interrupts) until after the
; next instruction: with TF=1, no #DB is taken between MOV SS and the
; following instruction.
; Manual: i386 PRM §12.3.1.4 / MOV reference (i486 PRM): "loading SS ...
; inhibits all interrupts, including single-step, until after the next
; instruction".
; Expect: PASS

section .text
test_main:
    mov eax, 1
    mov ebx, .db_handler
    mov ecx, KCODE
    mov dl, 0x8E
    call set_gate
    mov dx, KDATA
    pushfd
    or dword [esp], 0x100
    popfd
    nop
.a:
    mov ss, dx
.b:
    mov esp, esp
.c:
    pushfd
    and dword [esp], ~0x100
    popfd
    ; traps: after nop (EIP .a), after mov esp (EIP .c) - none at .b
    mov eax, [trap_eips]
    mov ebx, .a
    call check_eq
    db "trap after the NOP", 0
    mov eax, [trap_eips + 4]
    mov ebx, .c
    call check_eq
    db "next trap after the instruction following MOV SS", 0
    ret
.db_handler:
    push eax
    push ebx
    mov ebx, [trap_count]
    cmp ebx, 8
    jae .full
    mov eax, [esp + 8]
    mov [trap_eips + ebx * 4], eax
.full:
    inc dword [trap_count]
    pop ebx
    pop eax
    iret

section .data
trap_count: dd 0
trap_eips: times 8 dd 0
