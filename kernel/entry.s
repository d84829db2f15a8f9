; entry.s: where the multiboot loader jumps (32-bit protected mode, paging off,
; EAX = 0x2BADB002, EBX = physical address of the multiboot info).
bits 32
section .text
extern kmain

global _start
_start:
    cli
    mov esp, boot_stack_top
    xor ebp, ebp                ; ends the frame chain for stack walks
    push 0                      ; EFLAGS = 0: IF, DF and the rest cleared
    popfd
    push ebx                    ; kmain(magic, info)
    push eax
    call kmain
    ; kmain never returns; if it does, stop the machine for good.
.dead:
    cli
    hlt
    jmp .dead

section .bss
align 16
; 8 KiB below the stack always contain one whole page, which vm_init leaves
; unmapped: an overflowing kernel stack faults there instead of silently
; overwriting the rest of .bss.
global boot_stack_guard_area
boot_stack_guard_area:
    resb 8192
global boot_stack_bottom
boot_stack_bottom:
    resb 16384
global boot_stack_top
boot_stack_top:
