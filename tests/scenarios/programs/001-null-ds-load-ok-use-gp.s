; Rule: a null selector may be loaded into DS (no fault), but a memory access
; through DS then raises #GP(0).
; Manual: i386 PRM §5.1.3 Selectors (null selector); §9.8.13
; General Protection Exception: "loading ... with a null selector is not an
; error; referencing memory through it is" -> #GP with error code 0.
; Expect: PASS
; QEMU: FAIL (TCG does not fault on a memory access through a null DS)

section .text
test_main:
    xor eax, eax
    mov ds, ax                  ; must not fault
    call check_no_fault
    db "null load into DS", 0
    mov dword [ss:catch_eip], .caught
    mov [ss:catch_esp], esp
    mov eax, [0x1000]           ; use through null DS
    call fail
    db "no fault on use of null DS", 0
.caught:
    mov eax, 13
    xor ebx, ebx
    call check_fault
    db "use of null DS", 0
    ret
