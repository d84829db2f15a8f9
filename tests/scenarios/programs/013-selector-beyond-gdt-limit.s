; Rule: a selector whose descriptor lies outside the GDT limit raises
; #GP(selector).
; Manual: i386 PRM §6.3.1.2 Limit Checking (the processor also checks
; descriptor-table limits); MOV Sreg: "IF segment selector index is not
; within descriptor table limits THEN #GP(selector)".
; Expect: PASS

BEYOND equ GDT_ENTRIES * 8 + 0x40

section .text
test_main:
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov ax, BEYOND
    mov gs, ax
    call fail
    db "selector beyond the GDT limit loaded into GS", 0
.caught:
    mov eax, 13
    mov ebx, BEYOND
    call check_fault
    db "GS beyond GDT limit", 0
    ret
