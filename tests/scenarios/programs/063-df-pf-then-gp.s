; Rule: a #GP raised while delivering a page fault becomes a double fault
; (#PF followed by a contributory exception -> #DF, error code 0).
; Manual: i486 PRM §9.8.8 double-fault classes: first exception page fault, second
; contributory -> double fault.
; Expect: PASS

section .text
test_main:
    mov eax, 14
    mov ebx, isr_stubs + 14 * 5
    mov ecx, GDT_ENTRIES * 8 + 8        ; code selector beyond the GDT
    mov dl, 0x8E
    call set_gate
    call paging_on
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov eax, [TEST_VA]          ; #PF -> #GP(selector) during delivery -> #DF
    call fail
    db "no fault", 0
.caught:
    mov eax, 8
    xor ebx, ebx
    call check_fault
    db "#PF then #GP", 0
    ret
