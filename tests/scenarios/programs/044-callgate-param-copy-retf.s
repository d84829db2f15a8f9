; Rule: a call gate with a parameter count copies that many dwords from the
; caller's stack to the new stack (between SS:ESP and CS:EIP, same order);
; RETF n back to the outer ring releases n bytes on both stacks and restores
; the caller's SS:ESP.
; Manual: i386 PRM §6.3.4.1 (figure 6-8, "parameters copied"); RET reference
; "RETURN-TO-OUTER-PRIVILEGE-LEVEL ... ESP <- ESP + n".
; Expect: PASS

GATE equ SCR0

section .text
test_main:
    mov eax, GATE >> 3
    mov ebx, .inner
    mov ecx, KCODE
    mov dl, 0xEC
    mov dh, 2                   ; two dword parameters
    call set_call_gate
    mov eax, .user
    call call_user
    call check_no_fault
    db "call gate with parameters", 0
    mov eax, [in_p0]
    mov ebx, 0x2222
    call check_eq
    db "parameter at [ESP+8] (pushed last)", 0
    mov eax, [in_p1]
    mov ebx, 0x1111
    call check_eq
    db "parameter at [ESP+12] (pushed first)", 0
    mov eax, [in_old_esp]
    mov ebx, [user_esp_before] 
    sub ebx, 8
    call check_eq
    db "caller ESP saved on the inner stack", 0
    mov eax, [r3_eax]
    mov ebx, [user_esp_before]
    call check_eq
    db "caller ESP after RETF 8", 0
    mov eax, [r3_ebx]
    mov ebx, UCODE
    call check_eq
    db "CS after RETF to ring 3", 0
    ret
.user:
    mov [user_esp_before], esp
    push dword 0x1111
    push dword 0x2222
    call GATE | 3:0
    mov eax, esp
    mov ebx, cs
    int 0x30
.inner:
    mov eax, [esp + 8]
    mov [in_p0], eax
    mov eax, [esp + 12]
    mov [in_p1], eax
    mov eax, [esp + 16]
    mov [in_old_esp], eax
    retf 8

section .data
in_p0: dd 0
in_p1: dd 0
in_old_esp: dd 0
user_esp_before: dd 0
