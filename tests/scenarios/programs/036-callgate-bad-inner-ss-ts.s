; Rule: on a call through a gate to an inner ring the new SS comes from the
; TSS; an SS selector whose RPL differs from the new CPL raises #TS(SS
; selector) (the fault is reported in the caller's context).
; Manual: CALL reference (i486 PRM), "CALL-GATE-TO-INNER-PRIVILEGE": "IF new
; stack segment selector RPL != DPL of code segment THEN #TS(SS selector)";
; i486 PRM §9.8.10 Invalid TSS.
; Expect: PASS

R1CODE equ SCR0             ; ring-1 code
GATE   equ SCR0 + 8         ; call gate DPL 3 -> ring-1 code

section .text
test_main:
    mov eax, R1CODE >> 3
    xor ebx, ebx
    mov ecx, 0xFFFFF
    mov dl, 0xBA                ; present, DPL 1, code execute/read
    mov dh, 0xC
    call set_desc
    mov eax, GATE >> 3
    mov ebx, .ring1
    mov ecx, R1CODE | 1
    mov dl, 0xEC
    mov dh, 0
    call set_call_gate
    mov dword [tss + 12], ring0_stack_top - 256   ; ESP1
    mov dword [tss + 16], KDATA                   ; SS1 with RPL 0: invalid
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov eax, .user
    call call_user
    call fail
    db "call gate used an SS1 with RPL != 1", 0
.caught:
    mov eax, 10
    mov ebx, KDATA
    call check_fault
    db "bad SS1 in TSS", 0
    mov eax, [fault_cs]
    mov ebx, UCODE
    call check_eq
    db "#TS reported in the caller's context", 0
    mov eax, [fault_esp]
    mov ebx, ring0_stack_top - 24
    call check_eq
    db "#TS frame: error code + 5 dwords on the ring-0 stack", 0
    ret
.user:
    call GATE | 3:0
    int 0x30
.ring1:
    int 0x30
