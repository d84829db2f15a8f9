; Rule: INVLPG of a linear address whose page is not present (or whose page
; table is not present) does not fault.
; Manual: INVLPG reference (i486 PRM): the instruction only invalidates a TLB
; entry; no page-fault condition is listed.
; Expect: PASS

section .text
test_main:
    call paging_on
    invlpg [TEST_VA + 0x5000]           ; PTE not present
    invlpg [0x00800000]                 ; PDE 2 not present
    call check_no_fault
    db "INVLPG of unmapped addresses", 0
    ret
