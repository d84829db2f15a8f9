; user_entry.s: the coroutine-style swap between the shell and a ring-3 program.
; enter_user saves the kernel's callee-saved registers and ESP, then irets to
; ring 3; leave_user (called from a trap handler when the program exits or is
; killed) restores them, so enter_user "returns" the program's status.
bits 32
section .text

; int enter_user(u32 entry, u32 user_esp, u32 ring0)
global enter_user
enter_user:
    push ebp
    push ebx
    push esi
    push edi
    mov [saved_kernel_esp], esp
    mov eax, [esp+20]           ; entry
    mov ecx, [esp+24]           ; user stack pointer
    mov edx, [esp+28]           ; nonzero: the "ring0" demo option
    cmp edx, 0
    jne .ring0
    push dword 0x23             ; SS: user data, RPL 3
    push ecx                    ; ESP
    push dword 0x202            ; EFLAGS: IF set, IOPL 0
    push dword 0x1B             ; CS: user code, RPL 3
    push eax                    ; EIP
    mov ax, 0x23
    mov ds, ax
    mov es, ax
    mov fs, ax
    mov gs, ax
    jmp .go
.ring0:
    ; Same privilege: iret pops only EIP, CS, EFLAGS, so switch stacks first.
    mov esp, ecx
    push dword 0x202
    push dword 0x08
    push eax
.go:
    xor eax, eax                ; the program starts with clean registers
    xor ebx, ebx
    xor ecx, ecx
    xor edx, edx
    xor esi, esi
    xor edi, edi
    xor ebp, ebp
    iret

; void leave_user(int status): never returns to its caller.
global leave_user
leave_user:
    mov eax, [esp+4]
    mov esp, [saved_kernel_esp]
    pop edi
    pop esi
    pop ebx
    pop ebp
    ret

section .bss
; The stack the CPU switches to (TSS.ESP0) when a program traps into the
; kernel. It is separate from the boot stack the shell runs on, so a trap
; never overwrites the shell's frames saved by enter_user.
global trap_stack_guard_area      ; see boot_stack_guard_area in entry.s
trap_stack_guard_area:
    resb 8192
global trap_stack_bottom
trap_stack_bottom:
    resb 16384
global trap_stack_top
trap_stack_top:

saved_kernel_esp:
    resd 1
