; Rule: fetching an instruction from a not-present page raises #PF with CR2 =
; the fetch address and the saved EIP = the same address (a fault).
; Manual: i486 PRM §9.8.14 "CR2 ... the linear address that caused the
; exception"; saved CS:EIP points to the instruction that caused it.
; Expect: PASS

section .text
test_main:
    call paging_on
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov eax, TEST_VA + 0x40
    call eax
    call fail
    db "execution from a not-present page", 0
.caught:
    mov eax, 14
    xor ebx, ebx
    call check_fault
    db "fetch from not-present page", 0
    mov eax, [fault_cr2]
    mov ebx, TEST_VA + 0x40
    call check_eq
    db "CR2", 0
    mov eax, [fault_eip]
    mov ebx, TEST_VA + 0x40
    call check_eq
    db "saved EIP", 0
    ret
