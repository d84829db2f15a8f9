; Rule: #DB from single-stepping at CPL 3 is delivered through a DPL-0 gate
; (the gate DPL is only checked for INT n/INT3/INTO), switching to the ring-0
; stack; the trap's saved CS is the user's.
; Manual: i386 PRM §9.6.1.4 ("the DPL of the gate is ignored for exceptions")
; and §12.3.1.4.
; Expect: PASS

section .text
test_main:
    mov dword [r3_eflags], 0x102   ; TF
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov eax, .user
    call call_user
    call fail
    db "no single-step trap at CPL 3", 0
.caught:
    mov eax, 1
    mov ebx, 0xFFFFFFFF
    call check_fault
    db "#DB from CPL 3", 0
    mov eax, [fault_eip]
    mov ebx, .user_second
    call check_eq
    db "trap after the first user instruction", 0
    mov eax, [fault_cs]
    mov ebx, UCODE
    call check_eq
    db "saved CS", 0
    mov eax, [fault_esp]
    mov ebx, ring0_stack_top - 20
    call check_eq
    db "frame on the ring-0 stack", 0
    ret
.user:
    nop
.user_second:
    nop
    int 0x30
