; Rule: the data-segment nulling on a return to an outer ring spares
; conforming code segments: DS holding a conforming readable DPL-0 code
; segment keeps it after IRET to CPL 3, while ES holding DPL-0 data is nulled.
; Manual: IRET/RET reference (i486 PRM): "IF segment is a data or
; nonconforming code segment AND DPL < CPL THEN load null" (conforming code
; is not nulled).
; Expect: PASS

section .text
test_main:
    mov eax, SCR0 >> 3
    xor ebx, ebx
    mov ecx, 0xFFFFF
    mov dl, 0x9E                ; DPL 0 conforming readable code
    mov dh, 0xC
    call set_desc
    mov dword [r3_ds], SCR0
    mov eax, .user
    call call_user_set_es
    call check_no_fault
    db "IRET to ring 3 with conforming code in DS", 0
    mov eax, [r3_eax]
    mov ebx, SCR0
    call check_eq
    db "DS after IRET (conforming code kept)", 0
    mov eax, [r3_ebx]
    xor ebx, ebx
    call check_eq
    db "ES after IRET (DPL-0 data nulled)", 0
    ret
.user:
    mov eax, ds
    mov ebx, es
    int 0x30

; call_user loads DS..GS from r3_ds; make ES a DPL-0 data segment instead by
; entering through our own IRET frame.
call_user_set_es:
    pushad
    mov [r3_ret_esp], esp
    push dword UDATA
    push dword user_stack_top
    push dword 0x2
    push dword UCODE
    push eax
    mov ax, SCR0
    mov ds, ax
    mov ax, KDATA
    mov es, ax
    iret
