; Rule: with CR0.WP=1 the supervisor also honours a read-only PDE: a CPL-0
; write under a read-only PDE (writable PTE) raises #PF error 3.
; Manual: i386 PRM §6.4.2 table 6-5 combined protection and the i486 CR0.WP description.
; Expect: PASS

section .text
test_main:
    call paging_on
    mov dword [page_dir + 4], pt1 + PTE_P + PTE_U      ; read-only PDE
    mov eax, TEST_VA
    mov ebx, frames + PTE_P + PTE_W + PTE_U
    call map_page
    call flush_tlb
    mov dword [TEST_VA], 1      ; WP=0: allowed
    call check_no_fault
    db "supervisor write under a read-only PDE with WP=0", 0
    mov eax, cr0
    or eax, 1 << 16
    mov cr0, eax
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov dword [TEST_VA], 2
    call fail
    db "supervisor write under a read-only PDE with WP=1", 0
.caught:
    mov eax, 14
    mov ebx, 3
    call check_fault
    db "WP=1, read-only PDE", 0
    ret
