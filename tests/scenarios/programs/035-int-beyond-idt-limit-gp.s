; Rule: INT n with a vector whose gate lies beyond the IDT limit raises #GP
; with error code n*8+2.
; Manual: i386 PRM §9.4 Interrupt Descriptor Table ("vector beyond the limit -> #GP"); INT n
; reference: "IF vector*8+7 > IDT limit THEN #GP(vector*8+2+EXT)".
; Expect: PASS

section .text
test_main:
    mov word [short_idt], 0x31 * 8 - 1     ; vectors 0..0x30 only
    mov dword [short_idt + 2], idt
    lidt [short_idt]
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    int 0x31
    call fail
    db "INT beyond the IDT limit", 0
.caught:
    lidt [idt_ptr]
    mov eax, 13
    mov ebx, 0x31 * 8 + 2
    call check_fault
    db "INT 0x31 beyond limit", 0
    ret

section .data
short_idt: dw 0
           dd 0
