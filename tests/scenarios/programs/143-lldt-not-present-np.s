; Rule: LLDT of a not-present LDT descriptor raises #NP(selector).
; Manual: LLDT reference (i486 PRM): "IF LDT descriptor is not present THEN
; #NP(selector)"; i486 PRM §9.8.11.
; Expect: PASS

LDT_SEL equ SCR0

section .text
test_main:
    mov eax, LDT_SEL >> 3
    mov ebx, frames
    mov ecx, 0xFF
    mov dl, 0x02                ; LDT type, P=0
    mov dh, 0
    call set_desc
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov ax, LDT_SEL
    lldt ax
    call fail
    db "LLDT loaded a not-present LDT", 0
.caught:
    mov eax, 11
    mov ebx, LDT_SEL
    call check_fault
    db "LLDT not present", 0
    ret
