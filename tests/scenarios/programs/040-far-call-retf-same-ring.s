; Rule: a far CALL to a code segment of the same privilege pushes CS and EIP
; (CS as a 32-bit slot) and RETF pops them back; no stack switch happens.
; Manual: CALL/RET reference (i486 PRM) "same privilege"; i386 PRM §6.3.3.
; Expect: PASS

section .text
test_main:
    mov [saved_esp], esp
    call KCODE:.far_target
.after_call:
    mov eax, [seen_cs]
    mov ebx, KCODE
    call check_eq
    db "CS pushed by far call", 0
    mov eax, [seen_eip]
    mov ebx, .after_call
    call check_eq
    db "EIP pushed by far call", 0
    mov eax, esp
    mov ebx, [saved_esp]
    call check_eq
    db "ESP after RETF", 0
    ret
.far_target:
    mov eax, [esp+4]
    and eax, 0xFFFF
    mov [seen_cs], eax
    mov eax, [esp]
    mov [seen_eip], eax
    retf

section .data
saved_esp: dd 0
seen_cs:   dd 0
seen_eip:  dd 0
