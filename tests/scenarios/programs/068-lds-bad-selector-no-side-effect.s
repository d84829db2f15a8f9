; Rule: LDS/LES/LFS/LGS/LSS check the selector like MOV Sreg; on #GP(selector)
; neither the segment register nor the offset register is changed.
; Manual: LDS/LES/LFS/LGS/LSS reference (i486 PRM): the same protection
; checks as MOV Sreg; i386 PRM §9.1 faults leave the state as before the instruction.
; Expect: PASS

section .text
test_main:
    mov word [far_ptr + 4], KDATA | 3   ; RPL 3 at CPL 0 for a DPL-0 segment
    mov dword [far_ptr], 0x12345678
    mov ax, KDATA
    mov fs, ax
    mov esi, 0xAAAA5555
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    lfs esi, [far_ptr]
    call fail
    db "LFS loaded a selector MOV FS would refuse", 0
.caught:
    mov eax, 13
    mov ebx, KDATA
    call check_fault
    db "LFS protection check", 0
    mov eax, esi
    mov ebx, 0xAAAA5555
    call check_eq
    db "offset register after the fault", 0
    mov eax, fs
    mov ebx, KDATA
    call check_eq
    db "FS after the fault", 0
    ret

section .data
far_ptr: dd 0
         dw 0
