; Rule: loading a segment register sets the Accessed bit (bit 0 of the type)
; in the descriptor in memory; a descriptor that is only examined by LAR is
; not marked.
; Manual: i386 PRM §5.1.1 "Accessed bit: the processor sets this bit when the
; selector for the descriptor is loaded into a segment register".
; Expect: PASS

section .text
test_main:
    mov eax, SCR0 >> 3
    xor ebx, ebx
    mov ecx, 0xFFFFF
    mov dl, 0x92                ; accessed clear
    mov dh, 0xC
    call set_desc
    mov ax, SCR0
    lar ebx, eax                 ; only examines
    movzx eax, byte [gdt + SCR0 + 5]
    mov ebx, 0x92
    call check_eq
    db "access byte after LAR", 0
    mov ax, SCR0
    mov es, ax
    mov ax, KDATA
    mov es, ax
    movzx eax, byte [gdt + SCR0 + 5]
    mov ebx, 0x93
    call check_eq
    db "access byte after loading ES", 0
    ret
