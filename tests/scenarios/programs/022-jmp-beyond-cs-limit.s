; Rule: a far jump to an offset beyond the target code segment's limit raises
; #GP(0) at the jump (CS and EIP unchanged).
; Manual: JMP (i486 PRM instruction reference): "IF instruction pointer is not
; within code segment limit THEN #GP(0)"; i386 PRM §6.3.1.2 Limit Checking.
; Expect: PASS

section .text
test_main:
    mov eax, SCR0 >> 3
    xor ebx, ebx
    mov ecx, 0x100              ; limit 0x100FFF
    mov dl, 0x9A
    mov dh, 0xC
    call set_desc
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
.jump:
    jmp SCR0:0x00200000
.caught:
    mov eax, 13
    xor ebx, ebx
    call check_fault
    db "jump beyond CS limit", 0
    mov eax, [fault_eip]
    mov ebx, .jump
    call check_eq
    db "fault EIP is the jump", 0
    mov eax, [fault_cs]
    mov ebx, KCODE
    call check_eq
    db "fault CS is the old CS", 0
    ret
