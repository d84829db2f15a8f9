; Rule: a far JMP/CALL to a nonconforming segment needs RPL <= CPL and DPL =
; CPL: at CPL 0 the kernel code selector with RPL 3 raises #GP(selector).
; Manual: JMP reference (i486 PRM) "nonconforming: IF RPL > CPL OR DPL != CPL
; THEN #GP(selector)"; i386 PRM §6.3.3.
; Expect: PASS

section .text
test_main:
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    jmp (KCODE | 3):.never
.never:
    call fail
    db "far jump with RPL 3 at CPL 0", 0
.caught:
    mov eax, 13
    mov ebx, KCODE
    call check_fault
    db "far jump RPL > CPL", 0
    ret
