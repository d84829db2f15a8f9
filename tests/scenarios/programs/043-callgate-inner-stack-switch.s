; Rule: a CALL through a DPL-3 call gate to DPL-0 code switches to SS0:ESP0
; from the TSS and pushes the caller's SS, ESP, CS, EIP there; CPL becomes 0.
; Manual: i386 PRM §6.3.4.1 Stack Switching (figure 6-8); CALL reference
; "CALL-GATE-TO-INNER-PRIVILEGE"; i386 PRM §7.1 Task State Segment (SS0/ESP0).
; Expect: PASS

GATE equ SCR0

section .text
test_main:
    mov eax, GATE >> 3
    mov ebx, .inner
    mov ecx, KCODE
    mov dl, 0xEC                ; present, DPL 3, 32-bit call gate
    mov dh, 0
    call set_call_gate
    mov eax, .user
    call call_user
    call check_no_fault
    db "call through gate", 0
    mov eax, [in_ss]
    mov ebx, KDATA
    call check_eq
    db "inner SS from TSS", 0
    mov eax, [in_esp]
    mov ebx, ring0_stack_top - 16
    call check_eq
    db "inner ESP = ESP0 - 16", 0
    mov eax, [in_cs]
    mov ebx, KCODE
    call check_eq
    db "inner CS (CPL 0)", 0
    mov eax, [in_frame + 4]
    mov ebx, UCODE
    call check_eq
    db "pushed CS", 0
    mov eax, [in_frame + 8]
    mov ebx, [user_esp_at_call]
    call check_eq
    db "pushed ESP", 0
    mov eax, [in_frame + 12]
    mov ebx, UDATA
    call check_eq
    db "pushed SS", 0
    mov eax, [in_frame]
    mov ebx, .after_gate
    call check_eq
    db "pushed EIP", 0
    ret
.user:
    mov [user_esp_at_call], esp
    call GATE | 3:0
.after_gate:
    int 0x30
.inner:
    mov [in_esp], esp
    mov eax, ss
    mov [in_ss], eax
    mov eax, cs
    mov [in_cs], eax
    mov eax, [esp]
    mov [in_frame], eax
    mov eax, [esp + 4]
    and eax, 0xFFFF
    mov [in_frame + 4], eax
    mov eax, [esp + 8]
    mov [in_frame + 8], eax
    mov eax, [esp + 12]
    and eax, 0xFFFF
    mov [in_frame + 12], eax
    jmp user_return             ; done: back to test_main at CPL 0

section .data
in_ss: dd 0
in_esp: dd 0
in_cs: dd 0
in_frame: dd 0, 0, 0, 0
user_esp_at_call: dd 0
