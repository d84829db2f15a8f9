; Rule: FS and GS follow the same privilege rule as DS: at CPL 3 a DPL-0 data
; selector raises #GP(selector); the DPL-3 one loads.
; Manual: MOV Sreg reference (i486 PRM): "IF DS, ES, FS or GS is loaded ...
; IF (RPL > DPL OR CPL > DPL) THEN #GP(selector)".
; Expect: PASS

section .text
test_main:
    mov eax, .user_ok
    call call_user
    call check_no_fault
    db "FS/GS with the DPL-3 data selector", 0
    mov eax, .user_fs
    mov ebx, 13
    mov ecx, KDATA
    call user_expect_fault
    mov eax, .user_gs
    call user_expect_fault
    ret
.user_ok:
    mov ax, UDATA
    mov fs, ax
    mov gs, ax
    int 0x30
.user_fs:
    mov fs, cx
    int 0x30
.user_gs:
    mov gs, cx
    int 0x30
