; Rule: a far JMP from CPL 3 to a conforming DPL-0 code segment is allowed and
; keeps CPL 3: the new CS gets RPL = CPL (3), no stack switch.
; Manual: i386 PRM §6.3.3 Restricting Control Transfers (conforming code
; runs at the caller's privilege level); JMP reference: "IF conforming
; AND DPL > CPL THEN #GP" (DPL 0 <= CPL 3 is fine), CS.RPL <- CPL.
; Expect: PASS

section .text
test_main:
    mov eax, SCR0 >> 3
    xor ebx, ebx
    mov ecx, 0xFFFFF
    mov dl, 0x9E                ; present, DPL 0, conforming readable code
    mov dh, 0xC
    call set_desc
    mov eax, .user
    call call_user
    call check_no_fault
    db "jump to conforming code", 0
    mov eax, [r3_eax]
    mov ebx, SCR0 | 3
    call check_eq
    db "CS in conforming code (RPL = CPL 3)", 0
    mov eax, [r3_ebx]
    mov ebx, UDATA
    call check_eq
    db "SS unchanged", 0
    ret
.user:
    jmp SCR0:.conforming
.conforming:
    mov eax, cs
    mov ebx, ss
    int 0x30
