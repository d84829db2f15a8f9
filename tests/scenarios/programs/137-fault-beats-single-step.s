; Rule: when a single-stepped instruction faults, the fault is delivered and
; no single-step #DB is taken for it; the saved EFLAGS still has TF=1 so
; stepping resumes after the handler returns.
; Manual: i386 PRM §12.3.1.4 ("single-step trap ... after an instruction
; completes") and §9.3 Priority Among Simultaneous Interrupts and Exceptions.
; Expect: PASS

section .text
test_main:
    mov eax, 1
    mov ebx, .db_handler
    mov ecx, KCODE
    mov dl, 0x8E
    call set_gate
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov ax, KDATA | 3
    pushfd
    or dword [esp], 0x100
    popfd
    nop                         ; traps once (after it)
.faulting:
    mov ds, ax                  ; #GP: no trap for this one
    call fail
    db "no #GP", 0
.caught:
    mov eax, 13
    mov ebx, KDATA
    call check_fault
    db "#GP while single-stepping", 0
    mov eax, [fault_frame + 12]         ; pushed EFLAGS (after the error code, EIP, CS)
    and eax, 0x100
    mov ebx, 0x100
    call check_eq
    db "TF in the EFLAGS pushed for the #GP", 0
    mov eax, [db_count]
    mov ebx, 1
    call check_eq
    db "single-step traps before the fault", 0
    mov eax, [db_eip]
    mov ebx, .faulting
    call check_eq
    db "the trap came after the NOP", 0
    ret
.db_handler:
    inc dword [db_count]
    push eax
    mov eax, [esp + 4]
    mov [db_eip], eax
    pop eax
    iret

section .data
db_count: dd 0
db_eip: dd 0
