; Rule: INT n from CPL 3 through a gate to DPL-1 code takes SS1:ESP1 from the
; TSS; an SS1 that is not a writable data segment raises #TS(SS1 selector).
; Manual: INT n reference (i486 PRM) "INTER-PRIVILEGE-LEVEL-INTERRUPT: IF new
; stack segment is not a writable data segment THEN #TS(SS selector + EXT)"
; (EXT = 0 for INT n); i486 PRM §9.8.10.
; Expect: PASS

R1CODE equ SCR0
R1RO   equ SCR0 + 8             ; DPL-1 read-only data

section .text
test_main:
    mov eax, R1CODE >> 3
    xor ebx, ebx
    mov ecx, 0xFFFFF
    mov dl, 0xBA                ; DPL 1 code
    mov dh, 0xC
    call set_desc
    mov eax, R1RO >> 3
    mov dl, 0xB0                ; DPL 1 data, read-only
    call set_desc
    mov eax, 0x41
    mov ebx, .ring1
    mov ecx, R1CODE | 1
    mov dl, 0xEE
    call set_gate
    mov dword [tss + 12], ring0_stack_top - 512
    mov dword [tss + 16], R1RO | 1
    mov eax, .user
    mov ebx, 10
    mov ecx, R1RO
    call user_expect_fault
    ret
.user:
    int 0x41
    int 0x30
.ring1:
    int 0x30
