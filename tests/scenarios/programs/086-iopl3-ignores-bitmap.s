; Rule: when CPL <= IOPL the I/O permission bitmap is not consulted: with
; IOPL 3 a port whose bitmap bit is 1 is accessible at CPL 3.
; Manual: i386 PRM §8.3.2 "the processor checks the I/O permission bit map
; only when CPL > IOPL".
; Expect: PASS

BIG_TSS equ SCR0

section .text
test_main:
    mov edi, tss + TSS_SIZE
    mov ecx, IOMAP_BYTES + 1
    mov al, 0xFF                ; every port denied by the bitmap
    rep stosb
    mov eax, BIG_TSS >> 3
    mov ebx, tss
    mov ecx, TSS_SIZE + IOMAP_BYTES
    mov dl, 0x89
    mov dh, 0
    call set_desc
    mov ax, BIG_TSS
    ltr ax
    mov eax, .user
    mov ebx, 13
    xor ecx, ecx
    call user_expect_fault      ; IOPL 0: the bitmap denies
    mov dword [r3_eflags], 0x3002
    mov eax, .user
    call call_user
    call check_no_fault
    db "IN at CPL 3 with IOPL 3 and a denying bitmap", 0
    ret
.user:
    in al, 0x71
    int 0x30
