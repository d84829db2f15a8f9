; Rule: CS cannot be loaded with MOV (or POP): MOV CS, r/m16 is an invalid
; opcode and raises #UD.
; Manual: MOV reference (i486 PRM): "the MOV instruction cannot be used to
; load CS ... attempting to do so results in an invalid opcode exception".
; Expect: PASS

section .text
test_main:
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov ax, KCODE
.mov_cs:
    db 0x8E, 0xC8               ; mov cs, ax
    call fail
    db "MOV CS executed", 0
.caught:
    mov eax, 6
    mov ebx, 0xFFFFFFFF
    call check_fault
    db "MOV CS", 0
    mov eax, [fault_eip]
    mov ebx, .mov_cs
    call check_eq
    db "saved EIP", 0
    ret
