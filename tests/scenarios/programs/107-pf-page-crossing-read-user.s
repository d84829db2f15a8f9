; Rule: a CPL-3 dword read crossing from a user page into a supervisor page
; raises #PF error 5 with CR2 = the first byte of the supervisor page.
; Manual: i486 PRM §9.8.14 and i386 PRM §6.4.1 (every page touched is checked).
; Expect: PASS

section .text
test_main:
    call paging_on
    mov eax, TEST_VA
    mov ebx, frames + PTE_P + PTE_W + PTE_U
    call map_page
    mov eax, TEST_VA + 0x1000
    mov ebx, frames + 0x1000 + PTE_P + PTE_W    ; supervisor
    call map_page
    call flush_tlb
    mov eax, .user
    mov ebx, 14
    mov ecx, 5
    call user_expect_fault
    mov eax, [fault_cr2]
    mov ebx, TEST_VA + 0x1000
    call check_eq
    db "CR2 = first byte of the supervisor page", 0
    ret
.user:
    mov eax, [TEST_VA + 0xFFD]
    int 0x30
