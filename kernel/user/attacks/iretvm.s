; iretvm.s: IRET from ring 3 with a forged EFLAGS image that sets VM
; (virtual-8086 mode) and IOPL 3. Below CPL 0, IRET loads neither, so the CPU
; stays in protected mode with IOPL 0; the program checks that and exits 0.
; In assembly because the frame is built by hand around a label to return to.
; expect: ignored
section .text
global _start
_start:
    pushfd
    pop eax
    or eax, 0x00023000          ; VM (bit 17) and IOPL = 3
    push eax
    mov ecx, cs
    push ecx
    push dword .after
    iret
.after:
    pushfd
    pop eax
    test eax, 0x00023000
    jnz .escaped
    push dword msg_len
    push dword msg
    push dword 1
    call write
    add esp, 12
    push dword 0
    call exit
.escaped:
    push dword 1
    call exit

section .rodata
msg: db "iretvm: VM and IOPL stayed clear", 10
msg_len equ $ - msg
