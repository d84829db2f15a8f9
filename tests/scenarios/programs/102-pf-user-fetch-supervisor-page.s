; Rule: instruction fetches obey the page's U/S bit: CPL-3 code on a
; supervisor page raises #PF error 5 (the 486 reports a fetch as a read) with
; CR2 and EIP = the fetch address; the same code on a user page runs.
; Manual: i386 PRM §6.4.1.1 and i486 PRM §9.8.14 (no I/D bit in the 486 error code).
; Expect: PASS

CODE_VA equ TEST_VA + 0x10

section .text
test_main:
    mov word [frames + 0x10], 0x30CD    ; int 0x30
    call paging_on
    mov eax, TEST_VA
    mov ebx, frames + PTE_P + PTE_W + PTE_U
    call map_page
    call flush_tlb
    mov eax, CODE_VA
    call call_user
    call check_no_fault
    db "CPL-3 code on a user page", 0
    mov eax, TEST_VA
    mov ebx, frames + PTE_P + PTE_W     ; supervisor now
    call map_page
    call flush_tlb
    mov eax, CODE_VA
    mov ebx, 14
    mov ecx, 5
    call user_expect_fault
    mov eax, [fault_cr2]
    mov ebx, CODE_VA
    call check_eq
    db "CR2", 0
    ret
