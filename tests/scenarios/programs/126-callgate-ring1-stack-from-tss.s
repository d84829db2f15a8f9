; Rule: a call gate from CPL 3 to DPL-1 code takes the new stack from
; TSS.SS1:ESP1 (not SS0:ESP0), and CS gets RPL 1.
; Manual: i386 PRM §6.3.4.1 "the TSS holds a stack pointer for each of rings
; 0, 1 and 2"; CALL reference "new stack from TSS for the new CPL".
; Expect: PASS

R1CODE equ SCR0
R1DATA equ SCR0 + 8
GATE   equ SCR0 + 16

section .text
test_main:
    mov eax, R1CODE >> 3
    xor ebx, ebx
    mov ecx, 0xFFFFF
    mov dl, 0xBA                ; DPL 1 code
    mov dh, 0xC
    call set_desc
    mov eax, R1DATA >> 3
    mov dl, 0xB2                ; DPL 1 data
    call set_desc
    mov eax, GATE >> 3
    mov ebx, .ring1
    mov ecx, R1CODE | 1
    mov dl, 0xEC
    mov dh, 0
    call set_call_gate
    mov dword [tss + 12], ring1_stack_top       ; ESP1
    mov dword [tss + 16], R1DATA | 1            ; SS1
    mov eax, .user
    call call_user
    call check_no_fault
    db "call gate to ring 1", 0
    mov eax, [r1_ss]
    mov ebx, R1DATA | 1
    call check_eq
    db "SS in ring 1", 0
    mov eax, [r1_esp]
    mov ebx, ring1_stack_top - 16
    call check_eq
    db "ESP in ring 1 = ESP1 - 16", 0
    mov eax, [r1_cs]
    mov ebx, R1CODE | 1
    call check_eq
    db "CS in ring 1", 0
    ret
.user:
    call GATE | 3:0
    int 0x30
.ring1:
    mov [r1_esp], esp
    mov eax, ss
    mov [r1_ss], eax
    mov eax, cs
    mov [r1_cs], eax
    int 0x30

section .data
r1_ss: dd 0
r1_esp: dd 0
r1_cs: dd 0

section .bss
ring1_stack: resb 1024
ring1_stack_top:
             resb 64
