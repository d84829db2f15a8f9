; Rule: with CR0.AM=1 and EFLAGS.AC=1, a misaligned data access at CPL 3
; raises #AC (vector 17) with error code 0; at CPL 0 no check is made.
; Manual: i486 PRM §9.8.16 Alignment Check Exception ("error code 0";
; "only at privilege level 3"); CR0.AM in the i486 CR0 description (new in the i486).
; Expect: PASS
; QEMU: FAIL (TCG does not implement alignment checking)

section .text
test_main:
    mov eax, cr0
    or eax, 1 << 18             ; AM
    mov cr0, eax
    pushfd
    or dword [esp], 1 << 18     ; AC
    popfd
    mov eax, [misaligned + 1]   ; CPL 0: never checked
    pushfd
    and dword [esp], ~(1 << 18)
    popfd
    call check_no_fault
    db "misaligned access at CPL 0", 0
    mov dword [r3_eflags], 0x00040002
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov eax, .user
    call call_user
    call fail
    db "misaligned access at CPL 3 with AM and AC set", 0
.caught:
    mov eax, 17
    xor ebx, ebx
    call check_fault
    db "#AC", 0
    mov eax, [fault_esp]
    mov ebx, ring0_stack_top - 24
    call check_eq
    db "#AC frame from CPL 3 (error code + 5 dwords)", 0
    ret
.user:
    mov eax, [misaligned + 1]
    int 0x30

section .data
align 4
misaligned: dd 0, 0
