; Rule: at CPL 0 the U/S bit does not restrict reads or writes: the supervisor
; may access user pages (the 486 has no SMAP/SMEP), and with WP=0 also
; read-only ones.
; Manual: i386 PRM §6.4.1.1 "supervisor level ... all pages are accessible".
; Expect: PASS

section .text
test_main:
    call paging_on
    mov eax, TEST_VA
    mov ebx, frames + PTE_P + PTE_U     ; user, read-only
    call map_page
    call flush_tlb
    mov dword [TEST_VA], 0x600D
    mov eax, [TEST_VA]
    mov ebx, 0x600D
    call check_eq
    db "CPL 0 write/read of a read-only user page", 0
    call check_no_fault
    db "CPL 0 access to user pages", 0
    ret
