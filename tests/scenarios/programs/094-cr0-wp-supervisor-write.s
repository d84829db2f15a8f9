; Rule: with CR0.WP=0 the supervisor may write read-only pages; with CR0.WP=1
; (new in the i486) a supervisor write to a read-only page raises #PF with
; error code 3 (P, W, supervisor).
; Manual: the i486 CR0 description "WP (Write Protect)" and i386 PRM §6.4.1.2; the 386 has
; no WP bit (supervisor writes always allowed) — modelled as the 486.
; Expect: PASS

section .text
test_main:
    call paging_on
    mov eax, TEST_VA
    mov ebx, frames + PTE_P + PTE_U     ; read-only user page
    call map_page
    mov eax, TEST_VA + 0x1000
    mov ebx, frames + 0x1000 + PTE_P    ; read-only supervisor page
    call map_page
    call flush_tlb
    mov dword [TEST_VA], 1
    mov dword [TEST_VA + 0x1000], 1
    call check_no_fault
    db "supervisor writes with WP=0", 0
    mov eax, cr0
    or eax, 1 << 16             ; WP
    mov cr0, eax
    mov dword [catch_eip], .caught_user_page
    mov [catch_esp], esp
    mov dword [TEST_VA + 4], 2
    call fail
    db "supervisor write to a read-only user page with WP=1", 0
.caught_user_page:
    mov eax, 14
    mov ebx, 3
    call check_fault
    db "WP=1, read-only user page", 0
    mov dword [catch_eip], .caught_sup_page
    mov [catch_esp], esp
    mov dword [TEST_VA + 0x1004], 2
    call fail
    db "supervisor write to a read-only supervisor page with WP=1", 0
.caught_sup_page:
    mov eax, 14
    mov ebx, 3
    call check_fault
    db "WP=1, read-only supervisor page", 0
    mov eax, [fault_cr2]
    mov ebx, TEST_VA + 0x1004
    call check_eq
    db "CR2", 0
    ret
