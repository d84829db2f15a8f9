; Rule: with CR0.EM=1 an FPU (ESC) instruction raises #NM (vector 7, no error
; code, a fault: saved EIP = the ESC instruction). ringside has no FPU.
; Manual: i486 PRM §9.8.7 Device Not Available ("EM = 1 and an ESC
; instruction"); CR0.EM in i386 PRM §4.1.3 Control Registers.
; Expect: PASS

section .text
test_main:
    mov eax, cr0
    or eax, 1 << 2              ; EM
    mov cr0, eax
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
.esc:
    db 0xD9, 0xE8               ; fld1
    call fail
    db "ESC instruction with EM=1", 0
.caught:
    mov eax, 7
    mov ebx, 0xFFFFFFFF
    call check_fault
    db "#NM", 0
    mov eax, [fault_eip]
    mov ebx, .esc
    call check_eq
    db "saved EIP", 0
    ret
