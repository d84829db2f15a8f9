; trap.s: the interrupt and exception entry stubs. Each stub makes the stack
; look the same (a fake error code where the CPU pushes none, then the vector
; number), so trap() in trap.c receives one uniform struct trapframe.
bits 32
section .text
extern trap

global trap_stub_0
trap_stub_0:
    ; One FDE for stubs 0-47 (gdb's bt from inside one): as for
    ; trap_stub_128 below, the CFA is where a ring-3 trapframe ends.
    .cfi_startproc
    .cfi_def_cfa esp, 20
    .cfi_offset eip, -20
    .cfi_offset cs, -16
    .cfi_offset eflags, -12
    .cfi_escape 0x16, 4, 18, 0x12, 0x08, 16, 0x1c, 0x06, 0x33, 0x1a, 0x16, 0x38, 0x1c, 0x16, 0x28, 3, 0, 0x2f, 1, 0, 0x06
    .cfi_escape 0x16, 42, 20, 0x12, 0x08, 16, 0x1c, 0x06, 0x33, 0x1a, 0x28, 7, 0, 0x13, 0x92, 42, 0, 0x2f, 3, 0, 0x34, 0x1c, 0x06
    push 0                      ; no CPU error code: push a fake one
    .cfi_def_cfa_offset 24
    push 0
    .cfi_def_cfa_offset 28
    jmp trap_common

global trap_stub_1
trap_stub_1:
    .cfi_def_cfa_offset 20
    push 0                      ; no CPU error code: push a fake one
    .cfi_def_cfa_offset 24
    push 1
    .cfi_def_cfa_offset 28
    jmp trap_common

global trap_stub_2
trap_stub_2:
    .cfi_def_cfa_offset 20
    push 0                      ; no CPU error code: push a fake one
    .cfi_def_cfa_offset 24
    push 2
    .cfi_def_cfa_offset 28
    jmp trap_common

global trap_stub_3
trap_stub_3:
    .cfi_def_cfa_offset 20
    push 0                      ; no CPU error code: push a fake one
    .cfi_def_cfa_offset 24
    push 3
    .cfi_def_cfa_offset 28
    jmp trap_common

global trap_stub_4
trap_stub_4:
    .cfi_def_cfa_offset 20
    push 0                      ; no CPU error code: push a fake one
    .cfi_def_cfa_offset 24
    push 4
    .cfi_def_cfa_offset 28
    jmp trap_common

global trap_stub_5
trap_stub_5:
    .cfi_def_cfa_offset 20
    push 0                      ; no CPU error code: push a fake one
    .cfi_def_cfa_offset 24
    push 5
    .cfi_def_cfa_offset 28
    jmp trap_common

global trap_stub_6
trap_stub_6:
    .cfi_def_cfa_offset 20
    push 0                      ; no CPU error code: push a fake one
    .cfi_def_cfa_offset 24
    push 6
    .cfi_def_cfa_offset 28
    jmp trap_common

global trap_stub_7
trap_stub_7:
    .cfi_def_cfa_offset 20
    push 0                      ; no CPU error code: push a fake one
    .cfi_def_cfa_offset 24
    push 7
    .cfi_def_cfa_offset 28
    jmp trap_common

global trap_stub_8
trap_stub_8:
    .cfi_def_cfa_offset 24
                                ; the CPU pushed an error code
    push 8
    .cfi_def_cfa_offset 28
    jmp trap_common

global trap_stub_9
trap_stub_9:
    .cfi_def_cfa_offset 20
    push 0                      ; no CPU error code: push a fake one
    .cfi_def_cfa_offset 24
    push 9
    .cfi_def_cfa_offset 28
    jmp trap_common

global trap_stub_10
trap_stub_10:
    .cfi_def_cfa_offset 24
                                ; the CPU pushed an error code
    push 10
    .cfi_def_cfa_offset 28
    jmp trap_common

global trap_stub_11
trap_stub_11:
    .cfi_def_cfa_offset 24
                                ; the CPU pushed an error code
    push 11
    .cfi_def_cfa_offset 28
    jmp trap_common

global trap_stub_12
trap_stub_12:
    .cfi_def_cfa_offset 24
                                ; the CPU pushed an error code
    push 12
    .cfi_def_cfa_offset 28
    jmp trap_common

global trap_stub_13
trap_stub_13:
    .cfi_def_cfa_offset 24
                                ; the CPU pushed an error code
    push 13
    .cfi_def_cfa_offset 28
    jmp trap_common

global trap_stub_14
trap_stub_14:
    .cfi_def_cfa_offset 24
                                ; the CPU pushed an error code
    push 14
    .cfi_def_cfa_offset 28
    jmp trap_common

global trap_stub_15
trap_stub_15:
    .cfi_def_cfa_offset 20
    push 0                      ; no CPU error code: push a fake one
    .cfi_def_cfa_offset 24
    push 15
    .cfi_def_cfa_offset 28
    jmp trap_common

global trap_stub_16
trap_stub_16:
    .cfi_def_cfa_offset 20
    push 0                      ; no CPU error code: push a fake one
    .cfi_def_cfa_offset 24
    push 16
    .cfi_def_cfa_offset 28
    jmp trap_common

global trap_stub_17
trap_stub_17:
    .cfi_def_cfa_offset 24
                                ; the CPU pushed an error code
    push 17
    .cfi_def_cfa_offset 28
    jmp trap_common

global trap_stub_18
trap_stub_18:
    .cfi_def_cfa_offset 20
    push 0                      ; no CPU error code: push a fake one
    .cfi_def_cfa_offset 24
    push 18
    .cfi_def_cfa_offset 28
    jmp trap_common

global trap_stub_19
trap_stub_19:
    .cfi_def_cfa_offset 20
    push 0                      ; no CPU error code: push a fake one
    .cfi_def_cfa_offset 24
    push 19
    .cfi_def_cfa_offset 28
    jmp trap_common

global trap_stub_20
trap_stub_20:
    .cfi_def_cfa_offset 20
    push 0                      ; no CPU error code: push a fake one
    .cfi_def_cfa_offset 24
    push 20
    .cfi_def_cfa_offset 28
    jmp trap_common

global trap_stub_21
trap_stub_21:
    .cfi_def_cfa_offset 20
    push 0                      ; no CPU error code: push a fake one
    .cfi_def_cfa_offset 24
    push 21
    .cfi_def_cfa_offset 28
    jmp trap_common

global trap_stub_22
trap_stub_22:
    .cfi_def_cfa_offset 20
    push 0                      ; no CPU error code: push a fake one
    .cfi_def_cfa_offset 24
    push 22
    .cfi_def_cfa_offset 28
    jmp trap_common

global trap_stub_23
trap_stub_23:
    .cfi_def_cfa_offset 20
    push 0                      ; no CPU error code: push a fake one
    .cfi_def_cfa_offset 24
    push 23
    .cfi_def_cfa_offset 28
    jmp trap_common

global trap_stub_24
trap_stub_24:
    .cfi_def_cfa_offset 20
    push 0                      ; no CPU error code: push a fake one
    .cfi_def_cfa_offset 24
    push 24
    .cfi_def_cfa_offset 28
    jmp trap_common

global trap_stub_25
trap_stub_25:
    .cfi_def_cfa_offset 20
    push 0                      ; no CPU error code: push a fake one
    .cfi_def_cfa_offset 24
    push 25
    .cfi_def_cfa_offset 28
    jmp trap_common

global trap_stub_26
trap_stub_26:
    .cfi_def_cfa_offset 20
    push 0                      ; no CPU error code: push a fake one
    .cfi_def_cfa_offset 24
    push 26
    .cfi_def_cfa_offset 28
    jmp trap_common

global trap_stub_27
trap_stub_27:
    .cfi_def_cfa_offset 20
    push 0                      ; no CPU error code: push a fake one
    .cfi_def_cfa_offset 24
    push 27
    .cfi_def_cfa_offset 28
    jmp trap_common

global trap_stub_28
trap_stub_28:
    .cfi_def_cfa_offset 20
    push 0                      ; no CPU error code: push a fake one
    .cfi_def_cfa_offset 24
    push 28
    .cfi_def_cfa_offset 28
    jmp trap_common

global trap_stub_29
trap_stub_29:
    .cfi_def_cfa_offset 20
    push 0                      ; no CPU error code: push a fake one
    .cfi_def_cfa_offset 24
    push 29
    .cfi_def_cfa_offset 28
    jmp trap_common

global trap_stub_30
trap_stub_30:
    .cfi_def_cfa_offset 20
    push 0                      ; no CPU error code: push a fake one
    .cfi_def_cfa_offset 24
    push 30
    .cfi_def_cfa_offset 28
    jmp trap_common

global trap_stub_31
trap_stub_31:
    .cfi_def_cfa_offset 20
    push 0                      ; no CPU error code: push a fake one
    .cfi_def_cfa_offset 24
    push 31
    .cfi_def_cfa_offset 28
    jmp trap_common

global trap_stub_32
trap_stub_32:
    .cfi_def_cfa_offset 20
    push 0                      ; no CPU error code: push a fake one
    .cfi_def_cfa_offset 24
    push 32
    .cfi_def_cfa_offset 28
    jmp trap_common

global trap_stub_33
trap_stub_33:
    .cfi_def_cfa_offset 20
    push 0                      ; no CPU error code: push a fake one
    .cfi_def_cfa_offset 24
    push 33
    .cfi_def_cfa_offset 28
    jmp trap_common

global trap_stub_34
trap_stub_34:
    .cfi_def_cfa_offset 20
    push 0                      ; no CPU error code: push a fake one
    .cfi_def_cfa_offset 24
    push 34
    .cfi_def_cfa_offset 28
    jmp trap_common

global trap_stub_35
trap_stub_35:
    .cfi_def_cfa_offset 20
    push 0                      ; no CPU error code: push a fake one
    .cfi_def_cfa_offset 24
    push 35
    .cfi_def_cfa_offset 28
    jmp trap_common

global trap_stub_36
trap_stub_36:
    .cfi_def_cfa_offset 20
    push 0                      ; no CPU error code: push a fake one
    .cfi_def_cfa_offset 24
    push 36
    .cfi_def_cfa_offset 28
    jmp trap_common

global trap_stub_37
trap_stub_37:
    .cfi_def_cfa_offset 20
    push 0                      ; no CPU error code: push a fake one
    .cfi_def_cfa_offset 24
    push 37
    .cfi_def_cfa_offset 28
    jmp trap_common

global trap_stub_38
trap_stub_38:
    .cfi_def_cfa_offset 20
    push 0                      ; no CPU error code: push a fake one
    .cfi_def_cfa_offset 24
    push 38
    .cfi_def_cfa_offset 28
    jmp trap_common

global trap_stub_39
trap_stub_39:
    .cfi_def_cfa_offset 20
    push 0                      ; no CPU error code: push a fake one
    .cfi_def_cfa_offset 24
    push 39
    .cfi_def_cfa_offset 28
    jmp trap_common

global trap_stub_40
trap_stub_40:
    .cfi_def_cfa_offset 20
    push 0                      ; no CPU error code: push a fake one
    .cfi_def_cfa_offset 24
    push 40
    .cfi_def_cfa_offset 28
    jmp trap_common

global trap_stub_41
trap_stub_41:
    .cfi_def_cfa_offset 20
    push 0                      ; no CPU error code: push a fake one
    .cfi_def_cfa_offset 24
    push 41
    .cfi_def_cfa_offset 28
    jmp trap_common

global trap_stub_42
trap_stub_42:
    .cfi_def_cfa_offset 20
    push 0                      ; no CPU error code: push a fake one
    .cfi_def_cfa_offset 24
    push 42
    .cfi_def_cfa_offset 28
    jmp trap_common

global trap_stub_43
trap_stub_43:
    .cfi_def_cfa_offset 20
    push 0                      ; no CPU error code: push a fake one
    .cfi_def_cfa_offset 24
    push 43
    .cfi_def_cfa_offset 28
    jmp trap_common

global trap_stub_44
trap_stub_44:
    .cfi_def_cfa_offset 20
    push 0                      ; no CPU error code: push a fake one
    .cfi_def_cfa_offset 24
    push 44
    .cfi_def_cfa_offset 28
    jmp trap_common

global trap_stub_45
trap_stub_45:
    .cfi_def_cfa_offset 20
    push 0                      ; no CPU error code: push a fake one
    .cfi_def_cfa_offset 24
    push 45
    .cfi_def_cfa_offset 28
    jmp trap_common

global trap_stub_46
trap_stub_46:
    .cfi_def_cfa_offset 20
    push 0                      ; no CPU error code: push a fake one
    .cfi_def_cfa_offset 24
    push 46
    .cfi_def_cfa_offset 28
    jmp trap_common

global trap_stub_47
trap_stub_47:
    .cfi_def_cfa_offset 20
    push 0                      ; no CPU error code: push a fake one
    .cfi_def_cfa_offset 24
    push 47
    .cfi_def_cfa_offset 28
    jmp trap_common
    .cfi_endproc

global trap_stub_128
trap_stub_128:
    .cfi_startproc
    ; Unwinding (for gdb's bt): the CPU pushed EIP CS EFLAGS (and from ring 3
    ; ESP SS), the last words of a struct trapframe. The CFA is where a
    ; trapframe from ring 3 ends (TSS.esp0) whichever ring trapped.
    .cfi_def_cfa esp, 20
    .cfi_offset eip, -20
    .cfi_offset cs, -16
    .cfi_offset eflags, -12
    ; DW_CFA_val_expression esp: from ring 3 (CS & 3) the saved user ESP at
    ; CFA-8, from ring 0 the address CFA-8 itself (the CPU pushed no SS:ESP):
    ; dup; const1u 16; minus; deref; lit3; and; swap; lit8; minus; swap;
    ; bra +3; skip +1; deref
    .cfi_escape 0x16, 4, 18, 0x12, 0x08, 16, 0x1c, 0x06, 0x33, 0x1a, 0x16, 0x38, 0x1c, 0x16, 0x28, 3, 0, 0x2f, 1, 0, 0x06
    ; DW_CFA_val_expression ss: from ring 3 the saved SS at CFA-4, from ring 0
    ; this frame's SS: dup; const1u 16; minus; deref; lit3; and; bra +7;
    ; drop; bregx ss 0; skip +3; lit4; minus; deref
    .cfi_escape 0x16, 42, 20, 0x12, 0x08, 16, 0x1c, 0x06, 0x33, 0x1a, 0x28, 7, 0, 0x13, 0x92, 42, 0, 0x2f, 3, 0, 0x34, 0x1c, 0x06
    push 0                      ; no CPU error code: push a fake one
    .cfi_def_cfa_offset 24
    push 128
    .cfi_def_cfa_offset 28
    jmp trap_common
    .cfi_endproc

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
    .cfi_startproc
    ; The stub pushed the error code and vector: the CFA (the end of a ring-3
    ; trapframe, as for trap_stub_128) is 28 bytes up. The rest of the frame
    ; is saved below, and gdb finds the interrupted registers there.
    .cfi_def_cfa esp, 28
    .cfi_offset eip, -20
    .cfi_offset cs, -16
    .cfi_offset eflags, -12
    ; DW_CFA_val_expression esp: from ring 3 (CS & 3) the saved user ESP at
    ; CFA-8, from ring 0 the address CFA-8 itself (the CPU pushed no SS:ESP):
    ; dup; const1u 16; minus; deref; lit3; and; swap; lit8; minus; swap;
    ; bra +3; skip +1; deref
    .cfi_escape 0x16, 4, 18, 0x12, 0x08, 16, 0x1c, 0x06, 0x33, 0x1a, 0x16, 0x38, 0x1c, 0x16, 0x28, 3, 0, 0x2f, 1, 0, 0x06
    ; DW_CFA_val_expression ss: from ring 3 the saved SS at CFA-4, from ring 0
    ; this frame's SS: dup; const1u 16; minus; deref; lit3; and; bra +7;
    ; drop; bregx ss 0; skip +3; lit4; minus; deref
    .cfi_escape 0x16, 42, 20, 0x12, 0x08, 16, 0x1c, 0x06, 0x33, 0x1a, 0x28, 7, 0, 0x13, 0x92, 42, 0, 0x2f, 3, 0, 0x34, 0x1c, 0x06
    pushad
    .cfi_def_cfa_offset 60
    .cfi_offset eax, -32
    .cfi_offset ecx, -36
    .cfi_offset edx, -40
    .cfi_offset ebx, -44
    .cfi_offset ebp, -52
    .cfi_offset esi, -56
    .cfi_offset edi, -60
    push ds
    .cfi_def_cfa_offset 64
    .cfi_offset ds, -64
    push es
    .cfi_def_cfa_offset 68
    .cfi_offset es, -68
    push fs
    .cfi_def_cfa_offset 72
    .cfi_offset fs, -72
    push gs
    .cfi_def_cfa_offset 76
    .cfi_offset gs, -76
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
    .cfi_def_cfa_offset 80
    call trap
    add esp, 4
    .cfi_def_cfa_offset 76
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
    .cfi_remember_state
    pop gs
    .cfi_def_cfa_offset 72
    .cfi_restore gs
    pop fs
    .cfi_def_cfa_offset 68
    .cfi_restore fs
    pop es
    .cfi_def_cfa_offset 64
    .cfi_restore es
    pop ds
    .cfi_def_cfa_offset 60
    .cfi_restore ds
    popad
    .cfi_def_cfa_offset 28
    .cfi_restore eax
    .cfi_restore ecx
    .cfi_restore edx
    .cfi_restore ebx
    .cfi_restore ebp
    .cfi_restore esi
    .cfi_restore edi
    mov esp, [ring0_return_esp]  ; interrupts are off: one static is enough
    .cfi_def_cfa esp, 12         ; the iret frame on the program's stack
    .cfi_offset eip, -12
    .cfi_offset cs, -8
    .cfi_offset eflags, -4
    .cfi_restore esp
    .cfi_restore ss
    iret
.pop:
    .cfi_restore_state
    pop gs
    .cfi_def_cfa_offset 72
    .cfi_restore gs
    pop fs
    .cfi_def_cfa_offset 68
    .cfi_restore fs
    pop es
    .cfi_def_cfa_offset 64
    .cfi_restore es
    pop ds
    .cfi_def_cfa_offset 60
    .cfi_restore ds
    popad
    .cfi_def_cfa_offset 28
    .cfi_restore eax
    .cfi_restore ecx
    .cfi_restore edx
    .cfi_restore ebx
    .cfi_restore ebp
    .cfi_restore esi
    .cfi_restore edi
    add esp, 8                  ; drop the vector number and error code
    .cfi_def_cfa_offset 20
    iret
    .cfi_endproc

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
