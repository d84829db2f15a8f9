; Rule: writing through a read-only data segment raises #GP(0); reading works.
; Manual: i486 PRM §9.8.13: #GP(0) for "writing into a code segment or a
; read-only data segment".
; Expect: PASS
; QEMU: FAIL (TCG does not check the writable bit on data accesses)

section .text
test_main:
    mov eax, SCR0 >> 3
    xor ebx, ebx
    mov ecx, 0xFFFFF
    mov dl, 0x90                ; present, DPL 0, data read-only
    mov dh, 0xC
    call set_desc
    mov dword [probe], 77
    mov ax, SCR0
    mov es, ax
    mov eax, [es:probe]
    mov ebx, 77
    call check_eq
    db "read through read-only segment", 0
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov dword [es:probe], 5
    call fail
    db "write through read-only segment", 0
.caught:
    mov eax, 13
    xor ebx, ebx
    call check_fault
    db "write to read-only segment", 0
    mov eax, [probe]
    mov ebx, 77
    call check_eq
    db "memory changed by faulting write", 0
    ret

section .data
probe: dd 0
