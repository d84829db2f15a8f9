; Rule: a conforming code segment may be entered only from CPL >= its DPL: at
; CPL 0 a far CALL to a conforming DPL-3 segment raises #GP(selector).
; Manual: CALL reference (i486 PRM): "conforming: IF DPL > CPL THEN
; #GP(selector)"; i386 PRM §6.3.3.1.
; Expect: PASS

section .text
test_main:
    mov eax, SCR0 >> 3
    xor ebx, ebx
    mov ecx, 0xFFFFF
    mov dl, 0xFE                ; present, DPL 3, conforming readable code
    mov dh, 0xC
    call set_desc
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    call SCR0:.never
.never:
    call fail
    db "far call into a conforming segment of higher DPL", 0
.caught:
    mov eax, 13
    mov ebx, SCR0
    call check_fault
    db "conforming DPL > CPL", 0
    ret
