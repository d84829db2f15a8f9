; Rule: an external interrupt (IRQ 0 from the PIT through the 8259) whose IDT
; gate is not present raises #NP with error code vector*8+2+1: both the IDT
; bit and the EXT bit are set.
; Manual: i386 PRM §9.7 Error Code: "EXT bit: set if an event external to the
; program caused the exception; I-bit: the index refers to the IDT".
; Expect: PASS
; QEMU: FAIL (TCG leaves the EXT bit clear in error codes of external interrupts)

IRQ_BASE equ 0x50

section .text
test_main:
    mov eax, IRQ_BASE
    mov ebx, test_main
    mov ecx, KCODE
    mov dl, 0x0E                ; interrupt gate, not present
    call set_gate
    ; 8259 master: ICW1 (edge, cascade, ICW4), ICW2 base, ICW3, ICW4 (8086)
    mov al, 0x11
    out 0x20, al
    mov al, IRQ_BASE
    out 0x21, al
    mov al, 0x04
    out 0x21, al
    mov al, 0x01
    out 0x21, al
    mov al, 0xFE                ; only IRQ 0
    out 0x21, al
    ; PIT channel 0, mode 2, a short period
    mov al, 0x34
    out 0x43, al
    mov al, 0x00
    out 0x40, al
    mov al, 0x10
    out 0x40, al
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    sti
.wait:
    hlt
    jmp .wait
.caught:
    mov al, 0xFF
    out 0x21, al
    mov eax, 11
    mov ebx, IRQ_BASE * 8 + 3
    call check_fault
    db "IRQ 0 through a not-present gate", 0
    ret
