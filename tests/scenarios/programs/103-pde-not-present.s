; Rule: a not-present page-directory entry raises #PF with P=0 for every page
; it would cover, whatever the PTEs say; U/S of the error code follows the CPL.
; Manual: i386 PRM §5.2.4 Page-Table Entries (present bit) and i486 PRM §9.8.14.
; Expect: PASS

section .text
test_main:
    call paging_on
    mov eax, TEST_VA
    mov ebx, frames + PTE_P + PTE_W + PTE_U
    call map_page
    mov dword [page_dir + 4], pt1 + PTE_W + PTE_U      ; P=0
    call flush_tlb
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov eax, [TEST_VA]
    call fail
    db "read under a not-present PDE", 0
.caught:
    mov eax, 14
    xor ebx, ebx
    call check_fault
    db "PDE not present at CPL 0", 0
    mov eax, .user
    mov ebx, 14
    mov ecx, 4
    call user_expect_fault
    ret
.user:
    mov eax, [TEST_VA + 4]
    int 0x30
