; Rule: a call gate that leads to a conforming code segment does not change
; privilege: from CPL 3 the target runs at CPL 3 on the caller's stack (no
; TSS stack switch), with CS.RPL = 3.
; Manual: CALL reference (i486 PRM) "CALL-GATE: IF code segment is conforming
; OR DPL = CPL THEN SAME-PRIVILEGE"; i386 PRM §6.3.4.
; Expect: PASS
; QEMU: FAIL (TCG gives the conforming target CS.RPL = DPL 0, i.e. CPL 0, instead of keeping CPL 3)

CONF  equ SCR0
GATE  equ SCR0 + 8

section .text
test_main:
    mov eax, CONF >> 3
    xor ebx, ebx
    mov ecx, 0xFFFFF
    mov dl, 0x9E                ; DPL 0 conforming readable code
    mov dh, 0xC
    call set_desc
    mov eax, GATE >> 3
    mov ebx, .conforming
    mov ecx, CONF
    mov dl, 0xEC
    mov dh, 0
    call set_call_gate
    mov eax, .user
    call call_user
    call check_no_fault
    db "call gate to conforming code", 0
    mov eax, [r3_eax]
    mov ebx, CONF | 3
    call check_eq
    db "CS in the conforming target", 0
    mov eax, [r3_ebx]
    mov ebx, [user_esp_before]
    sub ebx, 8
    call check_eq
    db "ESP in the target (same stack, CS:EIP pushed)", 0
    ret
.user:
    mov [user_esp_before], esp
    call GATE | 3:0
    int 0x30
.conforming:
    mov eax, cs
    mov ebx, esp
    retf

section .data
user_esp_before: dd 0
