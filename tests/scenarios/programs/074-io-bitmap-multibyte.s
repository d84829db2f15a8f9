; Rule: a word or dword I/O access is allowed only if the bits of ALL the
; ports it spans are 0: IN AX from 0x80 faults when 0x80 is allowed but 0x81
; is denied; IN AL from 0x80 works.
; Manual: i386 PRM §8.3.2 "the processor tests all the bits corresponding to
; the I/O addresses spanned by an operand".
; Expect: PASS

BIG_TSS equ SCR0

section .text
test_main:
    mov edi, tss + TSS_SIZE
    mov ecx, IOMAP_BYTES + 1
    mov al, 0xFF
    rep stosb
    and byte [tss + TSS_SIZE + 0x80 / 8], ~(1 << (0x80 & 7))
    mov eax, BIG_TSS >> 3
    mov ebx, tss
    mov ecx, TSS_SIZE + IOMAP_BYTES
    mov dl, 0x89
    mov dh, 0
    call set_desc
    mov ax, BIG_TSS
    ltr ax
    mov eax, .user_byte
    call call_user
    call check_no_fault
    db "byte IN from the allowed port", 0
    mov eax, .user_word
    mov ebx, 13
    xor ecx, ecx
    call user_expect_fault
    ret
.user_byte:
    in al, 0x80
    int 0x30
.user_word:
    in ax, 0x80
    int 0x30
