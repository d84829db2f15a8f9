; Rule: SS needs RPL = CPL: the DPL-0 data selector with RPL 3 raises
; #GP(selector) at CPL 0.
; Manual: MOV SS (i486 PRM instruction reference): "IF selector's RPL != CPL
; THEN #GP(selector)"; the error code carries index/TI, RPL bits replaced by
; EXT/IDT (here 0).
; Expect: PASS

section .text
test_main:
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov ax, KDATA | 3
    mov ss, ax
    mov ax, KDATA
    mov ss, ax
    call fail
    db "RPL-3 selector loaded into SS at CPL 0", 0
.caught:
    mov eax, 13
    mov ebx, KDATA
    call check_fault
    db "SS RPL != CPL", 0
    ret
