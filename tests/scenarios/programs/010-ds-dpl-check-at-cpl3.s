; Rule: loading DS at CPL 3 with a selector for a DPL-0 data segment raises
; #GP(selector): a data segment load needs max(CPL, RPL) <= DPL.
; Manual: i386 PRM §6.3.2 Restricting Access to Data; i486 PRM §9.8.13
; (#GP error code = the selector, RPL bits cleared... the index, TI and EXT).
; Expect: PASS

section .text
test_main:
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov eax, .user
    call call_user
    call fail
    db "user code loaded a DPL-0 data selector", 0
.caught:
    mov eax, 13
    mov ebx, KDATA
    call check_fault
    db "DS load DPL 0 at CPL 3", 0
    ; the fault came from CPL 3: the frame holds the user's CS
    mov eax, [fault_cs]
    mov ebx, UCODE
    call check_eq
    db "faulting CS", 0
    ret
.user:
    mov ax, KDATA | 3
    mov ds, ax
    int 0x30
