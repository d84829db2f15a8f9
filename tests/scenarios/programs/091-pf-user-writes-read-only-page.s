; Rule: at CPL 3 a write to a present read-only user page raises #PF with
; error code 7 (P, W, U); reading the page works.
; Manual: i486 PRM §9.8.14 and i386 PRM §6.4.1.2 Type Checking (R/W bit: "at user level read-only
; pages cannot be written").
; Expect: PASS

section .text
test_main:
    call paging_on
    mov eax, TEST_VA
    mov ebx, frames + PTE_P + PTE_U     ; user, read-only
    call map_page
    call flush_tlb
    mov eax, .user_read
    call call_user
    call check_no_fault
    db "CPL 3 read of a read-only user page", 0
    mov eax, .user_write
    mov ebx, 14
    mov ecx, 7
    call user_expect_fault
    mov eax, [fault_cr2]
    mov ebx, TEST_VA + 0x10
    call check_eq
    db "CR2", 0
    ret
.user_read:
    mov eax, [TEST_VA + 0x10]
    int 0x30
.user_write:
    mov dword [TEST_VA + 0x10], 1
    int 0x30
