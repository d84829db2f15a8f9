; Rule: an exception at CPL 3 handled at CPL 0 switches to SS0:ESP0 and pushes
; SS, ESP, EFLAGS, CS, EIP and the error code (6 dwords for #GP).
; Manual: i386 PRM §9.6.1.1 Stack of Interrupt Procedure (the stack layout
; after an exception with a privilege transition).
; Expect: PASS

section .text
test_main:
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov eax, .user
    call call_user
    call fail
    db "no fault", 0
.caught:
    mov eax, 13
    mov ebx, KDATA
    call check_fault
    db "#GP at CPL 3", 0
    mov eax, [fault_esp]
    mov ebx, ring0_stack_top - 24
    call check_eq
    db "frame on the TSS ring-0 stack", 0
    mov eax, [fault_frame + 4]
    mov ebx, .fault_here
    call check_eq
    db "pushed EIP", 0
    mov eax, [fault_frame + 8]
    mov ebx, UCODE
    call check_eq
    db "pushed CS", 0
    mov eax, [fault_frame + 16]
    mov ebx, user_stack_top - 4
    call check_eq
    db "pushed ESP", 0
    mov eax, [fault_frame + 20]
    mov ebx, UDATA
    call check_eq
    db "pushed SS", 0
    ret
.user:
    push eax
    mov ax, KDATA
.fault_here:
    mov ds, ax
    int 0x30
