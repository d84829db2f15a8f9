; swtch.s: the kernel context switch. swtch saves the callee-saved registers
; on the current kernel stack, stores ESP in *save, loads the other stack and
; pops that context's registers: "returning" into whoever saved it.
bits 32
section .text

; void swtch(u32 *save, u32 next_esp)
global swtch
swtch:
    mov eax, [esp+4]
    mov edx, [esp+8]
    push ebp
    push ebx
    push esi
    push edi
    mov [eax], esp
    mov esp, edx
    pop edi
    pop esi
    pop ebx
    pop ebp
    ret

; void cpu_let_interrupts_in(void): a due IRQ is taken after the NOP (STI
; delays interrupts by one instruction), then interrupts are off again.
global cpu_let_interrupts_in
cpu_let_interrupts_in:
    sti
    nop
    cli
    ret
