; Rule: a system descriptor (here the TSS) cannot be loaded into a data
; segment register: #GP(selector).
; Manual: i386 PRM §6.3.1.1 Type Checking; MOV Sreg: "segment is not a data or readable
; code segment -> #GP(selector)".
; Expect: PASS

section .text
test_main:
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov ax, TSS_SEL
    mov ds, ax
    call fail
    db "TSS descriptor loaded into DS", 0
.caught:
    mov eax, 13
    mov ebx, TSS_SEL
    call check_fault
    db "DS system descriptor", 0
    ret
