; slow-reader.s: a bare-metal guest that reads COM1 the way a tty driver with
; a small buffer does, for tests/machine/type-ahead.test.ts. FIFOs on with
; trigger level 14, IRQ 4 on received data (and character timeouts). The IRQ
; handler moves bytes into a 64-byte ring until it is full, then stops reading
; and clears IER (the host must wait: the UART keeps the rest); the main loop
; takes one byte at a time, spins DELAY times (a slow reader), echoes it to
; COM1, and sets IER again once the ring is half empty. After COUNT bytes it
; writes to the exit port the number of times the ring was full.
; The test replaces @COUNT@ and @DELAY@ before assembling.

bits 32

COUNT    equ @COUNT@
DELAY    equ @DELAY@
BUF_SIZE equ 64
BUF_MASK equ 63
COM1     equ 0x3F8

section .multiboot
align 4
    dd 0x1BADB002
    dd 0
    dd 0xE4524FFE

section .text
global _start
_start:
    cli
    mov esp, stack_top
    lgdt [gdt_ptr]
    jmp 0x08:.flat
.flat:
    mov ax, 0x10
    mov ds, ax
    mov es, ax
    mov ss, ax
    ; IDT entry 0x24 (IRQ 4 after the remap): a 32-bit interrupt gate
    mov eax, irq4
    mov [idt + 0x24 * 8], ax
    mov word [idt + 0x24 * 8 + 2], 0x08
    mov word [idt + 0x24 * 8 + 4], 0x8E00
    shr eax, 16
    mov [idt + 0x24 * 8 + 6], ax
    lidt [idt_ptr]
    ; PICs at 0x20/0x28, only IRQ 4 unmasked
    mov al, 0x11
    out 0x20, al
    out 0xA0, al
    mov al, 0x20
    out 0x21, al
    mov al, 0x28
    out 0xA1, al
    mov al, 4
    out 0x21, al
    mov al, 2
    out 0xA1, al
    mov al, 1
    out 0x21, al
    out 0xA1, al
    mov al, 0xEF
    out 0x21, al
    mov al, 0xFF
    out 0xA1, al
    ; UART: 115200 baud 8N1, FIFOs on and cleared (trigger 14), DTR RTS OUT2
    mov dx, COM1 + 3
    mov al, 0x80
    out dx, al
    mov dx, COM1
    mov al, 1
    out dx, al
    mov dx, COM1 + 1
    mov al, 0
    out dx, al
    mov dx, COM1 + 3
    mov al, 3
    out dx, al
    mov dx, COM1 + 2
    mov al, 0xC7
    out dx, al
    mov dx, COM1 + 4
    mov al, 0x0B
    out dx, al
    mov dx, COM1 + 1
    mov al, 1
    out dx, al

main_loop:
    cli
    mov eax, [head]
    cmp eax, [tail]
    jne .take
    sti                     ; sti; hlt: no interrupt slips in between
    hlt
    jmp main_loop
.take:
    mov ebx, [tail]
    and ebx, BUF_MASK
    movzx ecx, byte [buf + ebx]
    inc dword [tail]
    cmp byte [rx_off], 0
    je .slow
    mov eax, [head]
    sub eax, [tail]
    cmp eax, BUF_SIZE / 2
    ja .slow
    mov byte [rx_off], 0    ; room again: receiver interrupts back on
    mov dx, COM1 + 1
    mov al, 1
    out dx, al
.slow:
    sti
    mov esi, DELAY
.spin:
    dec esi
    jnz .spin
    mov dx, COM1
    mov al, cl
    out dx, al
    inc dword [done]
    cmp dword [done], COUNT
    jb main_loop
    mov eax, [stalls]
    out 0xF4, eax
    cli
    hlt

irq4:
    pushad
    cmp byte [rx_off], 0
    jne .eoi                ; a request latched before IER went off
.more:
    mov eax, [head]
    sub eax, [tail]
    cmp eax, BUF_SIZE
    jae .full
    mov dx, COM1 + 5
    in al, dx
    test al, 1
    jz .eoi
    mov dx, COM1
    in al, dx
    mov ebx, [head]
    and ebx, BUF_MASK
    mov [buf + ebx], al
    inc dword [head]
    jmp .more
.full:
    mov byte [rx_off], 1    ; stop reading: the rest stays in the UART
    inc dword [stalls]
    mov dx, COM1 + 1
    mov al, 0
    out dx, al
.eoi:
    mov al, 0x20
    out 0x20, al
    popad
    iret

section .data
align 8
gdt:
    dd 0, 0
    dd 0x0000FFFF, 0x00CF9A00
    dd 0x0000FFFF, 0x00CF9200
gdt_ptr:
    dw 23
    dd gdt
idt_ptr:
    dw 256 * 8 - 1
    dd idt

section .bss
idt:    resb 256 * 8
buf:    resb BUF_SIZE
head:   resd 1
tail:   resd 1
done:   resd 1
stalls: resd 1
rx_off: resd 1
stack:  resb 4096
stack_top:
