; Rule: with a null LDTR, any selector with TI=1 raises #GP(selector) on load;
; the error code keeps the TI bit.
; Manual: i386 PRM §6.3.1.2 (descriptor-table limits); MOV Sreg: "index not within descriptor table
; limits -> #GP(selector)"; an LDTR loaded with a null selector marks the LDT
; invalid (LLDT reference).
; Expect: PASS

section .text
test_main:
    xor eax, eax
    lldt ax                     ; a null LDT selector is allowed
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov ax, 0x0C
    mov fs, ax
    call fail
    db "LDT selector loaded with no LDT", 0
.caught:
    mov eax, 13
    mov ebx, 0x0C
    call check_fault
    db "TI=1 without LDT", 0
    ret
