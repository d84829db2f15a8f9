; Rule: the TLB caches translations: after a PTE is changed in memory the old
; translation is still used until CR3 is loaded, which flushes the TLB.
; Manual: i386 PRM §5.2.5 Page Translation Cache: "the operating system
; must invalidate the TLB when entries in page tables are changed ... by
; loading CR3" (the TLB is not coherent with the page tables).
; Expect: PASS

section .text
test_main:
    mov dword [frames], 0xAAAA0000
    mov dword [frames + 0x1000], 0xBBBB0000
    call paging_on
    mov eax, TEST_VA
    mov ebx, frames + PTE_P + PTE_W + PTE_A + PTE_D
    call map_page
    call flush_tlb
    mov eax, [TEST_VA]          ; caches TEST_VA -> frame 0
    mov ebx, 0xAAAA0000
    call check_eq
    db "first read", 0
    mov eax, TEST_VA
    mov ebx, frames + 0x1000 + PTE_P + PTE_W + PTE_A + PTE_D
    call map_page               ; no flush
    mov eax, [TEST_VA]
    mov ebx, 0xAAAA0000
    call check_eq
    db "read through the stale TLB entry", 0
    call flush_tlb
    mov eax, [TEST_VA]
    mov ebx, 0xBBBB0000
    call check_eq
    db "read after the CR3 load", 0
    ret
