; Rule: the CPU sets the Accessed bit in the PDE and the PTE on the first
; access and the Dirty bit in the PTE on the first write; a read leaves D
; clear; the PDE never gets a D bit.
; Manual: i386 PRM §5.2.4 Page-Table Entries (Accessed and Dirty bits).
; Expect: PASS

section .text
test_main:
    call paging_on
    mov dword [page_dir + 4], pt1 + PTE_P + PTE_W + PTE_U   ; A clear
    mov eax, TEST_VA
    mov ebx, frames + PTE_P + PTE_W + PTE_U                ; A, D clear
    call map_page
    call flush_tlb
    mov eax, [TEST_VA]          ; read
    mov eax, TEST_VA
    call read_pte
    and eax, PTE_A + PTE_D
    mov ebx, PTE_A
    call check_eq
    db "PTE A/D after a read", 0
    mov eax, [page_dir + 4]
    and eax, PTE_A + PTE_D
    mov ebx, PTE_A
    call check_eq
    db "PDE A/D after a read", 0
    mov dword [TEST_VA], 5      ; write
    mov eax, TEST_VA
    call read_pte
    and eax, PTE_A + PTE_D
    mov ebx, PTE_A + PTE_D
    call check_eq
    db "PTE A/D after a write", 0
    mov eax, [page_dir + 4]
    and eax, PTE_D
    xor ebx, ebx
    call check_eq
    db "PDE D after a write", 0
    ret
