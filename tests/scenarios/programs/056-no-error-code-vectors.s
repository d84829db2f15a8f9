; Rule: #DE (0), #BP (3), #OF (4), #BR (5) and #UD (6) push no error code:
; the handler's frame is EIP, CS, EFLAGS (3 dwords, same privilege). Faults
; (#DE, #BR, #UD) save the faulting instruction's EIP, traps (#BP, #OF) the
; next one.
; Manual: i386 PRM §9.10 Error Code Summary ("error code: No") and the
; fault/trap classification in §9.9 Exception Summary; §9.8.1-9.8.6.
; Expect: PASS

section .text
test_main:
    ; #DE
    mov dword [catch_eip], .c0
    mov [catch_esp], esp
    xor edx, edx
    mov eax, 1
    xor ecx, ecx
.i0:
    div ecx
.c0:
    mov eax, 0
    mov ebx, .i0
    call check_frame
    ; #BP
    mov dword [catch_eip], .c3
    mov [catch_esp], esp
    int3
.i3:
.c3:
    mov eax, 3
    mov ebx, .i3
    call check_frame
    ; #OF
    mov dword [catch_eip], .c4
    mov [catch_esp], esp
    mov al, 0x7F
    add al, 1
    into
.i4:
.c4:
    mov eax, 4
    mov ebx, .i4
    call check_frame
    ; #BR
    mov dword [catch_eip], .c5
    mov [catch_esp], esp
    mov eax, 50
.i5:
    bound eax, [bounds]
.c5:
    mov eax, 5
    mov ebx, .i5
    call check_frame
    ; #UD
    mov dword [catch_eip], .c6
    mov [catch_esp], esp
.i6:
    db 0x0F, 0x0B               ; UD2 encoding: undefined on the 486 too
.c6:
    mov eax, 6
    mov ebx, .i6
    call check_frame
    ret

; check_frame: the last fault was vector EAX with saved EIP EBX and a
; 3-dword frame right below catch_esp.
check_frame:
    push ebx
    mov ebx, 0xFFFFFFFF
    call check_fault
    db "vector without error code", 0
    pop ebx
    mov eax, [fault_eip]
    call check_eq
    db "saved EIP", 0
    mov eax, [fault_esp]
    mov ebx, [catch_esp]
    sub ebx, 12
    call check_eq
    db "frame size 3 dwords", 0
    ret

section .data
bounds: dd 0, 10
