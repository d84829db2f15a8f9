; Rule: a benign first exception (#UD) followed by #NP while delivering it is
; NOT a double fault: the #NP is delivered, its error code naming IDT entry 6
; (IDT bit set).
; Manual: i486 PRM §9.8.8 double-fault classes (benign + contributory -> handled
; serially); i386 PRM §9.7 Error Code (IDT bit).
; Expect: PASS

section .text
test_main:
    mov eax, 6
    mov ebx, isr_stubs + 6 * 5
    mov ecx, KCODE
    mov dl, 0x0E                ; #UD gate not present
    call set_gate
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    db 0x0F, 0x0B               ; undefined opcode
    call fail
    db "no fault", 0
.caught:
    mov eax, [fault_vec]
    mov ebx, 11
    call check_eq
    db "vector delivered", 0
    mov eax, [fault_err]
    and eax, 0xFFFE             ; bit 0 (EXT) is 1 on later manuals' reading
    mov ebx, 6 * 8 + 2
    call check_eq
    db "#NP error code (IDT entry 6)", 0
    ret
