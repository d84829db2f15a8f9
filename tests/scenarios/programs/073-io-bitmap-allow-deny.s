; Rule: at CPL > IOPL the TSS I/O permission bitmap decides: a port whose bit
; is 0 is allowed, a port whose bit is 1 raises #GP(0).
; Manual: i386 PRM §8.3.2 I/O Permission Bit Map.
; Expect: PASS

BIG_TSS equ SCR0

section .text
test_main:
    call load_tss_with_bitmap
    mov eax, .user_allowed
    call call_user
    call check_no_fault
    db "IN from a port whose bitmap bit is 0", 0
    mov eax, .user_denied
    mov ebx, 13
    xor ecx, ecx
    call user_expect_fault
    mov eax, .user_denied_out
    call user_expect_fault
    ret
.user_allowed:
    in al, 0x71
    out 0x80, al
    int 0x30
.user_denied:
    in al, 0x70
    int 0x30
.user_denied_out:
    out 0x81, al
    int 0x30

; load_tss_with_bitmap: every port denied except 0x71 and 0x80; loads TR with
; a second descriptor for the prelude's TSS whose limit covers the bitmap and
; the trailing 0xFF byte.
load_tss_with_bitmap:
    pushad
    mov edi, tss + TSS_SIZE
    mov ecx, IOMAP_BYTES + 1
    mov al, 0xFF
    rep stosb
    and byte [tss + TSS_SIZE + 0x71 / 8], ~(1 << (0x71 & 7))
    and byte [tss + TSS_SIZE + 0x80 / 8], ~(1 << (0x80 & 7))
    mov eax, BIG_TSS >> 3
    mov ebx, tss
    mov ecx, TSS_SIZE + IOMAP_BYTES
    mov dl, 0x89
    mov dh, 0
    call set_desc
    mov ax, BIG_TSS
    ltr ax
    popad
    ret
