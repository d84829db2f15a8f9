; Rule: a software INT n at CPL 3 through a gate with DPL 0 raises #GP with
; error code n*8+2 (IDT bit set).
; Manual: i386 PRM §9.6.1.4 Protection in Interrupt Procedures: ... the processor
; checks the DPL of the gate only for INT n, INT 3 and INTO"; INT n reference
; "IF gate DPL < CPL THEN #GP(vector*8+2+EXT)".
; Expect: PASS

section .text
test_main:
    mov eax, 0x41
    mov ebx, .handler
    mov ecx, KCODE
    mov dl, 0x8E                ; DPL 0
    call set_gate
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov eax, .user
    call call_user
    call fail
    db "INT 0x41 through a DPL-0 gate from CPL 3", 0
.caught:
    mov eax, 13
    mov ebx, 0x41 * 8 + 2
    call check_fault
    db "INT n gate DPL", 0
    mov eax, [fault_cs]
    mov ebx, UCODE
    call check_eq
    db "fault raised at CPL 3", 0
    ret
.user:
    int 0x41
    int 0x30
.handler:
    jmp user_return
