; Rule: the one-byte INT3 (0xCC) and the two-byte INT 3 (0xCD 0x03) both
; deliver vector 3 as a trap: the saved EIP follows the instruction, and no
; error code is pushed.
; Manual: i386 PRM §9.8.3 Breakpoint and §12.3.2; INT3/INT n reference.
; Expect: PASS

section .text
test_main:
    mov dword [catch_eip], .c1
    mov [catch_esp], esp
    int3
.after1:
.c1:
    mov eax, 3
    mov ebx, 0xFFFFFFFF
    call check_fault
    db "INT3", 0
    mov eax, [fault_eip]
    mov ebx, .after1
    call check_eq
    db "EIP after INT3 (0xCC)", 0
    mov dword [catch_eip], .c2
    mov [catch_esp], esp
    db 0xCD, 0x03               ; INT 3, the two-byte form
.after2:
.c2:
    mov eax, 3
    mov ebx, 0xFFFFFFFF
    call check_fault
    db "INT 3", 0
    mov eax, [fault_eip]
    mov ebx, .after2
    call check_eq
    db "EIP after INT 3 (0xCD 0x03)", 0
    ret
