; Rule: an access to a not-present page raises #PF with P=0 in the error code;
; W/R and U/S still describe the access: read at CPL 0 -> 0, write at CPL 0 ->
; 2, read at CPL 3 -> 4, write at CPL 3 -> 6.
; Manual: i486 PRM §9.8.14 Page-Fault Exception, figure 9-8 error code bits.
; Expect: PASS

section .text
test_main:
    call paging_on              ; TEST_VA is not present
    mov dword [catch_eip], .c0
    mov [catch_esp], esp
    mov eax, [TEST_VA]
.c0:
    mov eax, 14
    xor ebx, ebx
    call check_fault
    db "CPL 0 read, not present", 0
    mov dword [catch_eip], .c2
    mov [catch_esp], esp
    mov dword [TEST_VA + 0x20], 0
.c2:
    mov eax, 14
    mov ebx, 2
    call check_fault
    db "CPL 0 write, not present", 0
    mov eax, [fault_cr2]
    mov ebx, TEST_VA + 0x20
    call check_eq
    db "CR2 of the write", 0
    mov eax, .user_read
    mov ebx, 14
    mov ecx, 4
    call user_expect_fault
    mov eax, .user_write
    mov ecx, 6
    call user_expect_fault
    ret
.user_read:
    mov eax, [TEST_VA]
    int 0x30
.user_write:
    mov dword [TEST_VA], 0
    int 0x30
