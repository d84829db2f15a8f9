; Rule: a direct far CALL (no gate) from CPL 3 to a nonconforming code
; segment with DPL 0 raises #GP(selector): direct calls need DPL = CPL.
; Manual: CALL reference (i486 PRM): "nonconforming: IF RPL > CPL OR DPL !=
; CPL THEN #GP(new code segment selector)"; i386 PRM §6.3.3.
; Expect: PASS

section .text
test_main:
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov eax, .user
    call call_user
    call fail
    db "direct far call from CPL 3 into DPL-0 code", 0
.caught:
    mov eax, 13
    mov ebx, KCODE
    call check_fault
    db "direct call to DPL 0", 0
    ret
.user:
    call KCODE:.never
.never:
    int 0x30
