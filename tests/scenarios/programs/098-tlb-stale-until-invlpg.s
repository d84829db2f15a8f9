; Rule: INVLPG invalidates the TLB entry of one page: the stale translation is
; used until INVLPG for that page.
; Manual: INVLPG reference (i486 PRM, new in the i486); i386 PRM §5.2.5 Page Translation Cache.
; Expect: PASS

section .text
test_main:
    mov dword [frames], 0xAAAA0001
    mov dword [frames + 0x1000], 0xBBBB0001
    call paging_on
    mov eax, TEST_VA
    mov ebx, frames + PTE_P + PTE_W + PTE_A + PTE_D
    call map_page
    call flush_tlb
    mov eax, [TEST_VA]
    mov eax, TEST_VA
    mov ebx, frames + 0x1000 + PTE_P + PTE_W + PTE_A + PTE_D
    call map_page
    mov eax, [TEST_VA]
    mov ebx, 0xAAAA0001
    call check_eq
    db "read through the stale TLB entry", 0
    invlpg [TEST_VA + 0x123]    ; any address in the page
    mov eax, [TEST_VA]
    mov ebx, 0xBBBB0001
    call check_eq
    db "read after INVLPG", 0
    ret
