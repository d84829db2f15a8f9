; Rule: INT n through a not-present IDT gate raises #NP with the error code
; n*8+2 (IDT bit set; EXT clear for a software interrupt).
; Manual: i486 PRM §9.8.11 and i386 PRM §9.7 Error Code (IDT bit = bit 1, EXT = bit 0);
; INT n reference: "IF gate not present THEN #NP(vector number * 8 + 2 + EXT)".
; Expect: PASS

section .text
test_main:
    ; a well-formed interrupt gate with P=0 (an all-zero entry would have an
    ; invalid type, which is checked first and raises #GP instead)
    mov eax, 0x40
    mov ebx, test_main
    mov ecx, KCODE
    mov dl, 0x0E
    call set_gate
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    int 0x40
    call fail
    db "INT through a not-present gate", 0
.caught:
    mov eax, 11
    mov ebx, 0x40 * 8 + 2
    call check_fault
    db "INT 0x40 not present", 0
    ret
