; Rule: a string store through a null ES raises #GP(0) (ES has no override,
; STOS always uses ES).
; Manual: i486 PRM §9.8.13 #GP(0) "using a null selector to reference memory";
; STOS: "#GP(0) for an illegal memory operand effective address in ES".
; Expect: PASS
; QEMU: FAIL (TCG does not fault on a memory access through a null selector)

section .text
test_main:
    mov dword [probe], 0
    xor eax, eax
    mov es, ax
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov edi, probe
    mov eax, 0x99
    stosd
    call fail
    db "STOS through null ES", 0
.caught:
    mov eax, 13
    xor ebx, ebx
    call check_fault
    db "null ES", 0
    mov eax, [probe]
    xor ebx, ebx
    call check_eq
    db "memory written through null ES", 0
    ret

section .data
probe: dd 0
