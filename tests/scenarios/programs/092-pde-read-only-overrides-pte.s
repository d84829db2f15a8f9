; Rule: page protection combines both levels: a read-only PDE makes every page
; under it read-only for CPL 3 even when the PTE is writable (#PF error 7).
; Manual: i386 PRM §6.4.2 "Combining Protection of Both Levels of Page
; Tables" (table 6-5: the more restrictive of the two).
; Expect: PASS

section .text
test_main:
    call paging_on
    mov dword [page_dir + 4], pt1 + PTE_P + PTE_U      ; PDE 1: user, read-only
    mov eax, TEST_VA
    mov ebx, frames + PTE_P + PTE_W + PTE_U
    call map_page
    call flush_tlb
    mov eax, .user_read
    call call_user
    call check_no_fault
    db "CPL 3 read under a read-only PDE", 0
    mov eax, .user_write
    mov ebx, 14
    mov ecx, 7
    call user_expect_fault
    ret
.user_read:
    mov eax, [TEST_VA]
    int 0x30
.user_write:
    mov dword [TEST_VA], 1
    int 0x30
