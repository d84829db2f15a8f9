; Rule: a contributory exception (#NP) raised while delivering another
; contributory exception (#GP) becomes a double fault: #DF (vector 8) with
; error code 0.
; Manual: i486 PRM §9.8.8 Double Fault, double-fault classes (contributory + contributory
; -> double fault); i386 PRM §9.8.8.
; Expect: PASS

section .text
test_main:
    mov eax, 13
    mov ebx, isr_stubs + 13 * 5
    mov ecx, KCODE
    mov dl, 0x0E                ; #GP gate: well-formed but not present
    call set_gate
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov ax, KDATA | 3
    mov ds, ax                  ; #GP(0x10) -> delivery hits #NP -> #DF
    call fail
    db "no fault at all", 0
.caught:
    mov eax, 8
    xor ebx, ebx
    call check_fault
    db "#GP then #NP during delivery", 0
    mov eax, [fault_esp]
    mov ebx, [catch_esp]
    sub ebx, 16
    call check_eq
    db "#DF frame: error code + EIP, CS, EFLAGS", 0
    ret
