; Rule: loading DS with a selector for a not-present data segment raises
; #NP(selector).
; Manual: i486 PRM §9.8.11 Segment Not Present (vector 11): "loading DS, ES,
; FS or GS with a not-present segment"; error code = the selector.
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
    mov ds, ax
    call fail
    db "not-present segment loaded into DS", 0
.caught:
    mov eax, 11
    mov ebx, SCR0
    call check_fault
    db "DS not present", 0
    ret
