; Rule: an expand-down stack segment grows downward within limit+1 ..
; 0xFFFFFFFF: at CPL 3, PUSHes above the limit work and the PUSH that would
; write at or below the limit raises #SS(0) with ESP unchanged.
; Manual: i386 PRM §6.3.1.2 Limit Checking (expand-down limit) and §9.8.12 Stack Exception
; ("a limit violation ... SS" -> #SS(0)).
; Expect: PASS
; QEMU: FAIL (TCG does not check data segment limits, SS included)

STACK_SEL equ SCR0

section .text
test_main:
    ; based at user_stack so that the limit fits a byte-granular descriptor:
    ; offsets 0x101..0xFFFFFFFF are valid
    mov eax, STACK_SEL >> 3
    mov ebx, user_stack
    mov ecx, 0x100
    mov dl, 0xF6                ; present, DPL 3, data read/write expand-down
    mov dh, 0x4                 ; G=0, B=1
    call set_desc
    mov dword [r3_ss], STACK_SEL | 3
    mov dword [r3_esp], 0x100 + 1 + 8
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov eax, .user
    call call_user
    call fail
    db "PUSH below an expand-down stack limit", 0
.caught:
    mov eax, 12
    xor ebx, ebx
    call check_fault
    db "expand-down stack overflow", 0
    mov eax, [fault_frame + 16]          ; the user's ESP
    mov ebx, 0x100 + 1
    call check_eq
    db "ESP after two PUSHes, unchanged by the faulting third", 0
    ret
.user:
    push dword 1
    push dword 2
    push dword 3
    int 0x30
