; Rule: INT n at CPL 3 through a DPL-3 interrupt gate to DPL-0 code pushes
; SS, ESP, EFLAGS, CS, EIP on the TSS ring-0 stack (no error code), and IRET
; returns to CPL 3 restoring the user's SS:ESP and flags.
; Manual: i386 PRM §9.6.1.1 Stack of Interrupt Procedure (figure, privilege transition, no error
; code); IRET reference "RETURN-TO-OUTER-PRIVILEGE-LEVEL".
; Expect: PASS

section .text
test_main:
    mov eax, 0x41
    mov ebx, .handler
    mov ecx, KCODE
    mov dl, 0xEE                ; interrupt gate, DPL 3
    call set_gate
    mov eax, .user
    call call_user
    call check_no_fault
    db "INT 0x41 from CPL 3", 0
    mov eax, [h_esp]
    mov ebx, ring0_stack_top - 20
    call check_eq
    db "handler ESP = ESP0 - 5 dwords", 0
    mov eax, [h_cs]
    mov ebx, KCODE
    call check_eq
    db "handler CS", 0
    mov eax, [h_frame_ss]
    mov ebx, UDATA
    call check_eq
    db "pushed SS", 0
    mov eax, [r3_eax]
    mov ebx, [user_esp_before]
    call check_eq
    db "user ESP after IRET", 0
    mov eax, [r3_ebx]
    mov ebx, UCODE
    call check_eq
    db "CS after IRET", 0
    ret
.user:
    mov [user_esp_before], esp
    int 0x41
    mov eax, esp
    mov ebx, cs
    int 0x30
.handler:
    mov [h_esp], esp
    push eax
    mov eax, cs
    mov [h_cs], eax
    mov eax, [esp + 20]
    mov [h_frame_ss], eax
    pop eax
    iret

section .data
h_esp: dd 0
h_cs: dd 0
h_frame_ss: dd 0
user_esp_before: dd 0
