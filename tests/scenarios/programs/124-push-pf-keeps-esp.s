; Rule: a PUSH at CPL 3 onto a read-only stack page raises #PF (error 7) and
; leaves ESP unchanged (the push is restartable).
; Manual: i486 PRM §9.8.14 and i386 PRM §9.1 (faults leave the machine state as it was
; before the instruction); PUSH reference.
; Expect: PASS

section .text
test_main:
    call paging_on
    mov eax, TEST_VA
    mov ebx, frames + PTE_P + PTE_U     ; read-only user page
    call map_page
    call flush_tlb
    mov dword [r3_esp], TEST_VA + 0x800
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov eax, .user
    call call_user
    call fail
    db "PUSH onto a read-only page", 0
.caught:
    mov eax, 14
    mov ebx, 7
    call check_fault
    db "PUSH #PF", 0
    mov eax, [fault_frame + 16]          ; the user's ESP in the frame
    mov ebx, TEST_VA + 0x800
    call check_eq
    db "user ESP at the fault", 0
    mov eax, [fault_cr2]
    mov ebx, TEST_VA + 0x7FC
    call check_eq
    db "CR2", 0
    ret
.user:
    push dword 1
    int 0x30
