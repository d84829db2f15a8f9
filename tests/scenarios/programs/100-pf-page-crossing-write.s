; Rule: a dword write that crosses into a not-present page raises #PF with CR2
; = the first byte of the second page, and none of the bytes in the first
; page are written (no partial side effects).
; Manual: i486 PRM §9.8.14 (CR2 = the faulting linear address) and i386 PRM §9.1
; "faults ... the state is restored to the state before the instruction"
; (instruction restartability).
; Expect: PASS

section .text
test_main:
    call paging_on
    mov eax, TEST_VA
    mov ebx, frames + PTE_P + PTE_W
    call map_page
    call flush_tlb
    mov word [TEST_VA + 0xFFE], 0x5555
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov dword [TEST_VA + 0xFFE], 0x11223344
    call fail
    db "write crossing into a not-present page", 0
.caught:
    mov eax, 14
    mov ebx, 2
    call check_fault
    db "page-crossing write", 0
    mov eax, [fault_cr2]
    mov ebx, TEST_VA + 0x1000
    call check_eq
    db "CR2 = start of the second page", 0
    movzx eax, word [TEST_VA + 0xFFE]
    mov ebx, 0x5555
    call check_eq
    db "bytes in the first page after the fault", 0
    ret
