; Rule: #NP (11), #SS (12), #GP (13) and #PF (14) push an error code: the
; handler's frame is error code, EIP, CS, EFLAGS (4 dwords, same privilege),
; and EIP is the faulting instruction.
; Manual: i386 PRM §9.10 Error Code Summary (yes for 8, 10-14; the i486 adds 17);
; §9.7 Error Code.
; Expect: PASS

section .text
test_main:
    mov eax, SCR0 >> 3
    xor ebx, ebx
    mov ecx, 0xFFFFF
    mov dl, 0x12                ; not present data
    mov dh, 0xC
    call set_desc
    ; #NP
    mov dword [catch_eip], .c11
    mov [catch_esp], esp
    mov ax, SCR0
.i11:
    mov ds, ax
.c11:
    mov eax, 11
    mov ebx, SCR0
    mov ecx, .i11
    call check_frame
    ; #SS
    mov dword [catch_eip], .c12
    mov [catch_esp], esp
    mov ax, SCR0
.i12:
    mov ss, ax
.c12:
    mov eax, 12
    mov ebx, SCR0
    mov ecx, .i12
    call check_frame
    ; #GP
    mov dword [catch_eip], .c13
    mov [catch_esp], esp
    mov ax, KDATA | 3
.i13:
    mov es, ax
.c13:
    mov eax, 13
    mov ebx, KDATA
    mov ecx, .i13
    call check_frame
    ; #PF: 0x400000 is not mapped
    call paging_on
    mov dword [catch_eip], .c14
    mov [catch_esp], esp
.i14:
    mov eax, [0x400000]
.c14:
    mov eax, 14
    xor ebx, ebx
    mov ecx, .i14
    call check_frame
    ret

; check_frame: the last fault was vector EAX, error EBX, saved EIP ECX, with
; a 4-dword frame right below catch_esp.
check_frame:
    call check_fault
    db "vector with error code", 0
    mov eax, [fault_eip]
    mov ebx, ecx
    call check_eq
    db "saved EIP", 0
    mov eax, [fault_esp]
    mov ebx, [catch_esp]
    sub ebx, 16
    call check_eq
    db "frame size 4 dwords", 0
    ret
