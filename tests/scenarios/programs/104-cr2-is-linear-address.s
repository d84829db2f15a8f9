; Rule: CR2 holds the LINEAR address (segment base + offset), not the offset.
; Manual: i486 PRM §9.8.14 "the processor loads CR2 with the 32-bit linear
; address that generated the exception"; i386 PRM §5.3 Combining Segment and Page Translation.
; Expect: PASS

section .text
test_main:
    mov eax, SCR0 >> 3
    mov ebx, 0x1000             ; base 4 KiB
    mov ecx, 0xFFFFF
    mov dl, 0x92
    mov dh, 0xC
    call set_desc
    call paging_on
    mov ax, SCR0
    mov es, ax
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov eax, [es:TEST_VA - 0x1000 + 0x30]
    call fail
    db "read of a not-present page", 0
.caught:
    mov eax, 14
    xor ebx, ebx
    call check_fault
    db "not-present read", 0
    mov eax, [fault_cr2]
    mov ebx, TEST_VA + 0x30
    call check_eq
    db "CR2 = base + offset", 0
    ret
