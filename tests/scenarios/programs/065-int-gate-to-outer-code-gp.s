; Rule: an interrupt gate must not lead to a less privileged code segment: at
; CPL 0, INT n through a gate whose target is nonconforming DPL-3 code raises
; #GP(target selector).
; Manual: INT n reference (i486 PRM): "IF code segment DPL > CPL THEN
; #GP(selector + EXT)"; i386 PRM §9.6.1.4 ("interrupts cannot transfer to a
; less privileged level").
; Expect: PASS

section .text
test_main:
    mov eax, 0x41
    mov ebx, .never
    mov ecx, UCODE
    mov dl, 0x8E
    call set_gate
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    int 0x41
.never:
    call fail
    db "interrupt transferred to ring 3 code", 0
.caught:
    mov eax, 13
    mov ebx, UCODE & 0xFFFC
    call check_fault
    db "gate to outer-ring code", 0
    ret
