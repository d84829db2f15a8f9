; Rule: the CS limit is checked on every instruction fetch, not only on
; jumps: code that runs sequentially past the limit raises #GP(0) at the first
; instruction beyond it.
; Manual: i386 PRM §6.3.1.2 Limit Checking "the processor checks the EIP against the CS
; limit"; i486 PRM §9.8.13 "exceeding the segment limit when using CS".
; Expect: PASS
; QEMU: FAIL (TCG checks the CS limit on jumps but not on sequential fetch)

CODE equ SCR0

section .text
test_main:
    ; CS based at inside_limit, byte limit = the last byte before limit_edge,
    ; so offsets are small and a byte-granular limit can express the edge
    mov eax, CODE >> 3
    mov ebx, inside_limit
    mov ecx, limit_edge - inside_limit - 1
    mov dl, 0x9A
    mov dh, 0x4                 ; G=0, D=1
    call set_desc
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    jmp CODE:0
.caught:
    mov eax, 13
    xor ebx, ebx
    call check_fault
    db "fetch past the CS limit", 0
    mov eax, [fault_eip]
    mov ebx, limit_edge - inside_limit
    call check_eq
    db "faulting EIP = first offset past the limit", 0
    mov eax, [fault_cs]
    mov ebx, CODE
    call check_eq
    db "faulting CS", 0
    mov eax, [ran_inside]
    mov ebx, 1
    call check_eq
    db "code inside the limit ran", 0
    ret

; runs with CS base = inside_limit: only position-independent code here
inside_limit:
    mov dword [ran_inside], 1
    nop
limit_edge:
    nop
    jmp KCODE:limit_not_enforced    ; absolute: works with any CS base

limit_not_enforced:
    call fail
    db "executed past the CS limit", 0

section .data
ran_inside: dd 0
