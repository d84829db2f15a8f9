; Rule: loading SS with a not-present (otherwise valid, writable) data segment
; raises #SS(selector), not #NP.
; Manual: i486 PRM §9.8.12 Stack Exception (vector 12): "loading SS with a
; segment that is marked not present"; error code = the selector.
; Expect: PASS

section .text
test_main:
    mov eax, SCR0 >> 3
    xor ebx, ebx
    mov ecx, 0xFFFFF
    mov dl, 0x12                ; P=0, DPL 0, data read/write
    mov dh, 0xC
    call set_desc
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov ax, SCR0
    mov ss, ax
    mov ax, KDATA
    mov ss, ax
    call fail
    db "not-present segment loaded into SS", 0
.caught:
    mov eax, 12
    mov ebx, SCR0
    call check_fault
    db "SS not present", 0
    ret
