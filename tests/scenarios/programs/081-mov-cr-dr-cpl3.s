; Rule: MOV to and from control and debug registers is privileged: reading
; CR0/CR2/CR3, writing CR0, reading/writing DR7 at CPL 3 raise #GP(0).
; Manual: MOV (control/debug registers) reference (i486 PRM): "#GP(0) if the
; current privilege level is not 0".
; Expect: PASS

section .text
test_main:
    mov ebx, 13
    xor ecx, ecx
    mov eax, .read_cr0
    call user_expect_fault
    mov eax, .read_cr2
    call user_expect_fault
    mov eax, .read_cr3
    call user_expect_fault
    mov eax, .write_cr0
    call user_expect_fault
    mov eax, .read_dr7
    call user_expect_fault
    mov eax, .write_dr0
    call user_expect_fault
    ret
.read_cr0:
    mov eax, cr0
    int 0x30
.read_cr2:
    mov eax, cr2
    int 0x30
.read_cr3:
    mov eax, cr3
    int 0x30
.write_cr0:
    mov cr0, eax
    int 0x30
.read_dr7:
    mov eax, dr7
    int 0x30
.write_dr0:
    mov dr0, eax
    int 0x30
