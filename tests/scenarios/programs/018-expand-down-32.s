; Rule: in an expand-down data segment (B=1) the valid offsets are limit+1 ..
; 0xFFFFFFFF; offsets at or below the limit raise #GP(0).
; Manual: i386 PRM §6.3.1.2 Limit Checking: "for expand-down segments ... the valid offsets
; range from limit+1 to 0FFFFFFFFH (B=1)"; expand-down (E) and B bits of data descriptors.
; Expect: PASS
; QEMU: FAIL (TCG does not check data segment limits)

section .text
test_main:
    mov eax, SCR0 >> 3
    mov ebx, frames - 0x1000    ; offset 0x1000 = frames
    mov ecx, 0xFFF
    mov dl, 0x96                ; present, DPL 0, data read/write expand-down
    mov dh, 0x4                 ; G=0, B=1
    call set_desc
    mov dword [frames], 0x5A5A5A5A
    mov ax, SCR0
    mov es, ax
    mov eax, [es:0x1000]
    mov ebx, 0x5A5A5A5A
    call check_eq
    db "read just above the expand-down limit", 0
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov eax, [es:0xFFF]
    call fail
    db "read at the expand-down limit", 0
.caught:
    mov eax, 13
    xor ebx, ebx
    call check_fault
    db "expand-down offset <= limit", 0
    ret
