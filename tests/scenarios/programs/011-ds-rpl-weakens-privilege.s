; Rule: RPL weakens the privilege of a data load: at CPL 0, the DPL-0 data
; selector with RPL 3 raises #GP(selector) because max(CPL, RPL) > DPL.
; Manual: i386 PRM §6.3.2 Restricting Access to Data and §6.3.6 (RPL): "the
; effective privilege is the numerically greater of CPL and RPL".
; Expect: PASS

section .text
test_main:
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov ax, KDATA | 3
    mov es, ax
    call fail
    db "RPL-3 selector for a DPL-0 segment loaded into ES", 0
.caught:
    mov eax, 13
    mov ebx, KDATA
    call check_fault
    db "ES RPL > DPL", 0
    ; RPL 0 for the same descriptor is fine
    mov ax, KDATA
    mov es, ax
    call check_no_fault
    db "ES RPL 0", 0
    ret
