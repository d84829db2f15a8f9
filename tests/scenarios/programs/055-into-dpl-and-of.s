; Rule: INTO does nothing when OF=0; with OF=1 at CPL 3 through the DPL-0
; gate 4 it raises #GP(4*8+2).
; Manual: INTO reference (i486 PRM): "IF OF = 1 THEN INT 4", with the INT n
; protection checks; i386 PRM §9.6.1.4.
; Expect: PASS

section .text
test_main:
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov eax, .user
    call call_user
    call fail
    db "INTO with OF=1 through a DPL-0 gate", 0
.caught:
    mov eax, 13
    mov ebx, 4 * 8 + 2
    call check_fault
    db "INTO gate DPL", 0
    mov eax, [reached]
    mov ebx, 1
    call check_eq
    db "INTO with OF=0 fell through", 0
    ret
.user:
    xor eax, eax                ; OF=0
    into
    mov dword [reached], 1
    mov al, 0x7F
    add al, 1                   ; OF=1
    into
    int 0x30

section .data
reached: dd 0
