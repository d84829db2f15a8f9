; Rule: a supervisor PDE makes every page under it supervisor-only even when
; the PTE says user: a CPL-3 read raises #PF error 5.
; Manual: i386 PRM §6.4.2 table 6-5 (U/S combined: user only if both user).
; Expect: PASS

section .text
test_main:
    call paging_on
    mov dword [page_dir + 4], pt1 + PTE_P + PTE_W      ; PDE 1: supervisor
    mov eax, TEST_VA
    mov ebx, frames + PTE_P + PTE_W + PTE_U
    call map_page
    call flush_tlb
    mov eax, .user_read
    mov ebx, 14
    mov ecx, 5
    call user_expect_fault
    ret
.user_read:
    mov eax, [TEST_VA]
    int 0x30
