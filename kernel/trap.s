; trap.s: the interrupt and exception entry stubs. Each stub makes the stack
; look the same (a fake error code where the CPU pushes none, then the vector
; number), so trap() in trap.c receives one uniform struct trapframe.
bits 32
section .text
extern trap

global trap_stub_0
trap_stub_0:
    push 0                      ; no CPU error code: push a fake one
    push 0
    jmp trap_common

global trap_stub_1
trap_stub_1:
    push 0                      ; no CPU error code: push a fake one
    push 1
    jmp trap_common

global trap_stub_2
trap_stub_2:
    push 0                      ; no CPU error code: push a fake one
    push 2
    jmp trap_common

global trap_stub_3
trap_stub_3:
    push 0                      ; no CPU error code: push a fake one
    push 3
    jmp trap_common

global trap_stub_4
trap_stub_4:
    push 0                      ; no CPU error code: push a fake one
    push 4
    jmp trap_common

global trap_stub_5
trap_stub_5:
    push 0                      ; no CPU error code: push a fake one
    push 5
    jmp trap_common

global trap_stub_6
trap_stub_6:
    push 0                      ; no CPU error code: push a fake one
    push 6
    jmp trap_common

global trap_stub_7
trap_stub_7:
    push 0                      ; no CPU error code: push a fake one
    push 7
    jmp trap_common

global trap_stub_8
trap_stub_8:
                                ; the CPU pushed an error code
    push 8
    jmp trap_common

global trap_stub_9
trap_stub_9:
    push 0                      ; no CPU error code: push a fake one
    push 9
    jmp trap_common

global trap_stub_10
trap_stub_10:
                                ; the CPU pushed an error code
    push 10
    jmp trap_common

global trap_stub_11
trap_stub_11:
                                ; the CPU pushed an error code
    push 11
    jmp trap_common

global trap_stub_12
trap_stub_12:
                                ; the CPU pushed an error code
    push 12
    jmp trap_common

global trap_stub_13
trap_stub_13:
                                ; the CPU pushed an error code
    push 13
    jmp trap_common

global trap_stub_14
trap_stub_14:
                                ; the CPU pushed an error code
    push 14
    jmp trap_common

global trap_stub_15
trap_stub_15:
    push 0                      ; no CPU error code: push a fake one
    push 15
    jmp trap_common

global trap_stub_16
trap_stub_16:
    push 0                      ; no CPU error code: push a fake one
    push 16
    jmp trap_common

global trap_stub_17
trap_stub_17:
                                ; the CPU pushed an error code
    push 17
    jmp trap_common

global trap_stub_18
trap_stub_18:
    push 0                      ; no CPU error code: push a fake one
    push 18
    jmp trap_common

global trap_stub_19
trap_stub_19:
    push 0                      ; no CPU error code: push a fake one
    push 19
    jmp trap_common

global trap_stub_20
trap_stub_20:
    push 0                      ; no CPU error code: push a fake one
    push 20
    jmp trap_common

global trap_stub_21
trap_stub_21:
    push 0                      ; no CPU error code: push a fake one
    push 21
    jmp trap_common

global trap_stub_22
trap_stub_22:
    push 0                      ; no CPU error code: push a fake one
    push 22
    jmp trap_common

global trap_stub_23
trap_stub_23:
    push 0                      ; no CPU error code: push a fake one
    push 23
    jmp trap_common

global trap_stub_24
trap_stub_24:
    push 0                      ; no CPU error code: push a fake one
    push 24
    jmp trap_common

global trap_stub_25
trap_stub_25:
    push 0                      ; no CPU error code: push a fake one
    push 25
    jmp trap_common

global trap_stub_26
trap_stub_26:
    push 0                      ; no CPU error code: push a fake one
    push 26
    jmp trap_common

global trap_stub_27
trap_stub_27:
    push 0                      ; no CPU error code: push a fake one
    push 27
    jmp trap_common

global trap_stub_28
trap_stub_28:
    push 0                      ; no CPU error code: push a fake one
    push 28
    jmp trap_common

global trap_stub_29
trap_stub_29:
    push 0                      ; no CPU error code: push a fake one
    push 29
    jmp trap_common

global trap_stub_30
trap_stub_30:
    push 0                      ; no CPU error code: push a fake one
    push 30
    jmp trap_common

global trap_stub_31
trap_stub_31:
    push 0                      ; no CPU error code: push a fake one
    push 31
    jmp trap_common

global trap_stub_32
trap_stub_32:
    push 0                      ; no CPU error code: push a fake one
    push 32
    jmp trap_common

global trap_stub_33
trap_stub_33:
    push 0                      ; no CPU error code: push a fake one
    push 33
    jmp trap_common

global trap_stub_34
trap_stub_34:
    push 0                      ; no CPU error code: push a fake one
    push 34
    jmp trap_common

global trap_stub_35
trap_stub_35:
    push 0                      ; no CPU error code: push a fake one
    push 35
    jmp trap_common

global trap_stub_36
trap_stub_36:
    push 0                      ; no CPU error code: push a fake one
    push 36
    jmp trap_common

global trap_stub_37
trap_stub_37:
    push 0                      ; no CPU error code: push a fake one
    push 37
    jmp trap_common

global trap_stub_38
trap_stub_38:
    push 0                      ; no CPU error code: push a fake one
    push 38
    jmp trap_common

global trap_stub_39
trap_stub_39:
    push 0                      ; no CPU error code: push a fake one
    push 39
    jmp trap_common

global trap_stub_40
trap_stub_40:
    push 0                      ; no CPU error code: push a fake one
    push 40
    jmp trap_common

global trap_stub_41
trap_stub_41:
    push 0                      ; no CPU error code: push a fake one
    push 41
    jmp trap_common

global trap_stub_42
trap_stub_42:
    push 0                      ; no CPU error code: push a fake one
    push 42
    jmp trap_common

global trap_stub_43
trap_stub_43:
    push 0                      ; no CPU error code: push a fake one
    push 43
    jmp trap_common

global trap_stub_44
trap_stub_44:
    push 0                      ; no CPU error code: push a fake one
    push 44
    jmp trap_common

global trap_stub_45
trap_stub_45:
    push 0                      ; no CPU error code: push a fake one
    push 45
    jmp trap_common

global trap_stub_46
trap_stub_46:
    push 0                      ; no CPU error code: push a fake one
    push 46
    jmp trap_common

global trap_stub_47
trap_stub_47:
    push 0                      ; no CPU error code: push a fake one
    push 47
    jmp trap_common

global trap_stub_128
trap_stub_128:
    push 0                      ; no CPU error code: push a fake one
    push 128
    jmp trap_common

; Save the rest of the interrupted state, switch to the kernel data segments,
; call trap(frame), then restore everything and return with iret.
;
; The "ring0" demo runs programs at CPL 0, where a trap pushes no SS:ESP and
; switches no stack: the frame lands on the program's own stack, inside the
; user window that exit and execv free. Such a frame is moved to the
; process's kernel stack (as if the CPU had switched, with the program's ESP
; and SS filled in), and on the way back the iret frame is rebuilt on the
; program's stack.
FRAME_CS equ 60
FRAME_EIP equ 56
FRAME_EFLAGS equ 64
FRAME_USER_ESP equ 68
FRAME_USER_SS equ 72
CPU_PUSHED_END equ 68           ; gs..eflags: what is on the program's stack
USER_BASE equ 0x40000000
USER_TOP equ 0x40400000
extern current_kstack_top

trap_common:
    pushad
    push ds
    push es
    push fs
    push gs
    mov ax, 0x10
    mov ds, ax
    mov es, ax
    mov fs, ax
    mov gs, ax
    test dword [esp+FRAME_CS], 3
    jnz .call
    cmp esp, USER_BASE
    jb .call
    cmp esp, USER_TOP
    jae .call
    ; a CPL-0 program trapped on its own stack: move the frame
    mov esi, esp
    mov edi, [current_kstack_top]
    sub edi, 76
    mov ecx, CPU_PUSHED_END / 4
    cld
    rep movsd
    sub edi, CPU_PUSHED_END     ; rep movsd moved it past the copy
    lea eax, [esp+CPU_PUSHED_END]
    mov [edi+FRAME_USER_ESP], eax
    mov dword [edi+FRAME_USER_SS], 0x10
    mov esp, edi
.call:
    push esp                    ; trap(struct trapframe *frame)
    call trap
    add esp, 4
global trap_return
trap_return:
    test dword [esp+FRAME_CS], 3
    jnz .pop
    cmp dword [esp+FRAME_EIP], USER_BASE
    jb .pop
    cmp dword [esp+FRAME_EIP], USER_TOP
    jae .pop
    ; back to a CPL-0 program: its iret frame goes on its own stack
    mov edi, [esp+FRAME_USER_ESP]
    sub edi, 12
    mov eax, [esp+FRAME_EIP]
    mov [edi], eax
    mov eax, [esp+FRAME_CS]
    mov [edi+4], eax
    mov eax, [esp+FRAME_EFLAGS]
    mov [edi+8], eax
    mov [ring0_return_esp], edi
    pop gs
    pop fs
    pop es
    pop ds
    popad
    mov esp, [ring0_return_esp]  ; interrupts are off: one static is enough
    iret
.pop:
    pop gs
    pop fs
    pop es
    pop ds
    popad
    add esp, 8                  ; drop the vector number and error code
    iret

section .bss
ring0_return_esp:
    resd 1

; Addresses of the stubs for idt.c: entries 0..47 are vectors 0..47, entry 48 is vector 0x80.
section .data
align 4
global trap_stub_table
trap_stub_table:
    dd trap_stub_0
    dd trap_stub_1
    dd trap_stub_2
    dd trap_stub_3
    dd trap_stub_4
    dd trap_stub_5
    dd trap_stub_6
    dd trap_stub_7
    dd trap_stub_8
    dd trap_stub_9
    dd trap_stub_10
    dd trap_stub_11
    dd trap_stub_12
    dd trap_stub_13
    dd trap_stub_14
    dd trap_stub_15
    dd trap_stub_16
    dd trap_stub_17
    dd trap_stub_18
    dd trap_stub_19
    dd trap_stub_20
    dd trap_stub_21
    dd trap_stub_22
    dd trap_stub_23
    dd trap_stub_24
    dd trap_stub_25
    dd trap_stub_26
    dd trap_stub_27
    dd trap_stub_28
    dd trap_stub_29
    dd trap_stub_30
    dd trap_stub_31
    dd trap_stub_32
    dd trap_stub_33
    dd trap_stub_34
    dd trap_stub_35
    dd trap_stub_36
    dd trap_stub_37
    dd trap_stub_38
    dd trap_stub_39
    dd trap_stub_40
    dd trap_stub_41
    dd trap_stub_42
    dd trap_stub_43
    dd trap_stub_44
    dd trap_stub_45
    dd trap_stub_46
    dd trap_stub_47
    dd trap_stub_128
