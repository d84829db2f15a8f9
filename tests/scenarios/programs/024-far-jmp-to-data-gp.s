; Rule: a far JMP whose selector names a data segment raises #GP(selector).
; Manual: JMP (i486 PRM instruction reference): "segment type is not a code
; segment, call gate, task gate or TSS -> #GP(selector)".
; Expect: PASS

section .text
test_main:
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    jmp KDATA:.nowhere
.nowhere:
    call fail
    db "far jump into a data segment", 0
.caught:
    mov eax, 13
    mov ebx, KDATA
    call check_fault
    db "far jump to data segment", 0
    ret
