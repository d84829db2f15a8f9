; Rule: at CPL 3 a read of a present supervisor page raises #PF with error
; code 5 (P=1 protection, W/R=0 read, U/S=1 user) and CR2 = the address; the
; same read at CPL 0 works.
; Manual: i486 PRM §9.8.14 Page-Fault Exception (error code bits 0-2) and
; i386 PRM §6.4.1.1 Restricting Addressable Domain (U/S).
; Expect: PASS

section .text
test_main:
    call paging_on
    mov eax, TEST_VA
    mov ebx, frames + PTE_P + PTE_W     ; supervisor
    call map_page
    call flush_tlb
    mov eax, [TEST_VA]
    call check_no_fault
    db "CPL 0 read of a supervisor page", 0
    mov eax, .user
    mov ebx, 14
    mov ecx, 5
    call user_expect_fault
    mov eax, [fault_cr2]
    mov ebx, TEST_VA + 8
    call check_eq
    db "CR2", 0
    ret
.user:
    mov eax, [TEST_VA + 8]
    int 0x30
