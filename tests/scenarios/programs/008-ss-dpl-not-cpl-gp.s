; Rule: SS needs DPL = CPL: loading a DPL-3 data segment (RPL 0) into SS at
; CPL 0 raises #GP(selector).
; Manual: i386 PRM §6.3.2 "the DPL of the stack segment must equal the CPL";
; MOV SS: "IF RPL != CPL OR DPL != CPL THEN #GP(selector)".
; Expect: PASS

section .text
test_main:
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov ax, UDATA & 0xFFFC      ; DPL-3 data segment, RPL 0
    mov ss, ax
    mov ax, KDATA
    mov ss, ax
    call fail
    db "DPL-3 segment loaded into SS at CPL 0", 0
.caught:
    mov eax, 13
    mov ebx, UDATA & 0xFFFC
    call check_fault
    db "SS DPL != CPL", 0
    ret
