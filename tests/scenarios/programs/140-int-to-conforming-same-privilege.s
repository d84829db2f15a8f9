; Rule: INT n through a gate to a conforming code segment is an
; intra-privilege interrupt: from CPL 3 the handler runs at CPL 3 on the
; user's stack (3-dword frame, no SS:ESP pushed).
; Manual: INT n reference (i486 PRM) "IF code segment is conforming OR DPL =
; CPL THEN INTRA-PRIVILEGE-INTERRUPT"; i386 PRM §9.6.1.4.
; Expect: PASS

CONF equ SCR0

section .text
test_main:
    mov eax, CONF >> 3
    xor ebx, ebx
    mov ecx, 0xFFFFF
    mov dl, 0x9E
    mov dh, 0xC
    call set_desc
    mov eax, 0x41
    mov ebx, .handler
    mov ecx, CONF
    mov dl, 0xEE
    call set_gate
    mov eax, .user
    call call_user
    call check_no_fault
    db "INT to a conforming handler", 0
    mov eax, [r3_eax]
    mov ebx, CONF | 3
    call check_eq
    db "CS in the handler", 0
    mov eax, [r3_ebx]
    mov ebx, [user_esp_before]
    sub ebx, 12
    call check_eq
    db "handler ESP (EIP, CS, EFLAGS on the user stack)", 0
    ret
.user:
    mov [user_esp_before], esp
    int 0x41
    int 0x30
.handler:
    mov eax, cs
    mov ebx, esp
    iret

section .data
user_esp_before: dd 0
