; Rule: a far JMP to a not-present code segment raises #NP(selector).
; Manual: JMP (i486 PRM instruction reference): "IF segment not present THEN
; #NP(segment selector)"; i486 PRM §9.8.11.
; Expect: PASS

section .text
test_main:
    mov eax, SCR0 >> 3
    xor ebx, ebx
    mov ecx, 0xFFFFF
    mov dl, 0x1A                ; P=0, DPL 0, code execute/read
    mov dh, 0xC
    call set_desc
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    jmp SCR0:.nowhere
.nowhere:
    call fail
    db "far jump to a not-present segment", 0
.caught:
    mov eax, 11
    mov ebx, SCR0
    call check_fault
    db "far jump not present", 0
    ret
