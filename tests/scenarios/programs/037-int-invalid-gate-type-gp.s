; Rule: INT n through an IDT entry whose type is not an interrupt, trap or
; task gate raises #GP(n*8+2); the type is checked before the present bit, so
; an all-zero entry gives #GP, not #NP.
; Manual: INT n reference (i486 PRM): "IF descriptor type is not interrupt-,
; trap- or task-gate THEN #GP(vector*8+2+EXT)" precedes the P check.
; Expect: PASS

section .text
test_main:
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    int 0x40                    ; the prelude leaves 0x40 all zero
    call fail
    db "INT through an all-zero IDT entry", 0
.caught:
    mov eax, 13
    mov ebx, 0x40 * 8 + 2
    call check_fault
    db "INT 0x40 invalid gate type", 0
    ret
