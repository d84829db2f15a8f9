; Rule: POP DS of a selector that faults (#NP for a not-present segment)
; leaves ESP unchanged, so the instruction can be restarted.
; Manual: POP reference (i486 PRM): "#NP(selector) if the segment is marked
; not present"; i386 PRM §9.1 (faults restore the state before the instruction).
; Expect: PASS

section .text
test_main:
    mov eax, SCR0 >> 3
    xor ebx, ebx
    mov ecx, 0xFFFFF
    mov dl, 0x12                ; not present data
    mov dh, 0xC
    call set_desc
    push dword SCR0
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    pop ds
    call fail
    db "POP DS of a not-present segment", 0
.caught:
    mov eax, 11
    mov ebx, SCR0
    call check_fault
    db "POP DS not present", 0
    mov eax, [fault_esp]
    mov ebx, [catch_esp]
    sub ebx, 16
    call check_eq
    db "ESP at the fault (frame right below the unpopped selector)", 0
    pop eax
    mov ebx, SCR0
    call check_eq
    db "selector still on the stack", 0
    ret
