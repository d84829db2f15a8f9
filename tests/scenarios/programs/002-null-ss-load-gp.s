; Rule: loading SS with a null selector raises #GP(0) (unlike DS/ES/FS/GS).
; Manual: i386 PRM §5.1.3 (null selector); i486 PRM §9.8.13: "loading the SS register with
; a null selector" is listed among the #GP(0) causes; MOV SS in the
; instruction set reference: "IF SS is loaded AND selector is null THEN #GP(0)".
; Expect: PASS

section .text
test_main:
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    xor eax, eax
    mov ss, ax
    mov ax, KDATA
    mov ss, ax
    call fail
    db "null selector loaded into SS", 0
.caught:
    mov eax, 13
    xor ebx, ebx
    call check_fault
    db "null SS", 0
    ret
