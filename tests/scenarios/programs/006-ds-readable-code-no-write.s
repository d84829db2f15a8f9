; Rule: a readable code segment may be loaded into DS and read through, but a
; write through it raises #GP(0) (code segments are never writable).
; Manual: i386 PRM §6.3.1.1 Type Checking: "attempting to write into a code segment" causes
; #GP; i486 PRM §9.8.13 #GP(0) "writing into a code segment or read-only data".
; Expect: PASS
; QEMU: FAIL (TCG does not check the writable bit on data accesses)

section .text
test_main:
    mov eax, SCR0 >> 3
    xor ebx, ebx
    mov ecx, 0xFFFFF
    mov dl, 0x9A                ; present, DPL 0, code execute/read
    mov dh, 0xC
    call set_desc
    mov dword [probe], 0x12345678
    mov ax, SCR0
    mov ds, ax
    mov eax, [probe]            ; read through the code segment: allowed
    mov bx, KDATA
    mov ds, bx
    mov ebx, 0x12345678
    call check_eq
    db "read through readable code segment", 0
    call check_no_fault
    db "load/read of readable code segment", 0
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov ax, SCR0
    mov ds, ax
    mov dword [probe], 0
    call fail
    db "write through code segment", 0
.caught:
    mov eax, 13
    xor ebx, ebx
    call check_fault
    db "write to code segment", 0
    mov eax, [probe]
    mov ebx, 0x12345678
    call check_eq
    db "memory changed by faulting write", 0
    ret

section .data
probe: dd 0
