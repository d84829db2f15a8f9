; Rule: the bitmap is only consulted inside the TSS limit: a port whose bitmap
; byte lies beyond the limit is denied (#GP(0)) even though the memory there
; is 0, while a port well inside the limit with a 0 bit is allowed.
; Manual: i386 PRM §8.3.2 "any I/O address beyond the limit of the TSS segment
; ... treated as if its bit were 1".
; Expect: PASS

SHORT_TSS equ SCR0

section .text
test_main:
    mov edi, tss + TSS_SIZE
    mov ecx, IOMAP_BYTES + 1
    xor al, al                  ; every bit 0 (allowed), in memory
    rep stosb
    mov eax, SHORT_TSS >> 3
    mov ebx, tss
    mov ecx, TSS_SIZE + 16 - 1  ; bitmap bytes 0..15 (ports 0..0x7F) inside
    mov dl, 0x89
    mov dh, 0
    call set_desc
    mov ax, SHORT_TSS
    ltr ax
    mov eax, .user_inside
    call call_user
    call check_no_fault
    db "port 0x40 inside the TSS limit", 0
    mov eax, .user_beyond
    mov ebx, 13
    xor ecx, ecx
    call user_expect_fault
    ret
.user_inside:
    in al, 0x40
    int 0x30
.user_beyond:
    in al, 0x80
    int 0x30
