; Rule: an instruction whose bytes cross into a not-present page raises #PF
; with CR2 = the first byte of that page and the saved EIP = the start of the
; instruction (nothing executed).
; Manual: i486 PRM §9.8.14 and i386 PRM §9.1 (faults report the faulting instruction).
; Expect: PASS

INSN_VA equ TEST_VA + 0xFFD     ; 5-byte MOV EAX, imm32: 3 bytes here, 2 beyond

section .text
test_main:
    mov byte [frames + 0xFFD], 0xB8     ; mov eax, imm32 (imm starts at 0xFFE)
    mov word [frames + 0xFFE], 0x1234
    call paging_on
    mov eax, TEST_VA
    mov ebx, frames + PTE_P + PTE_W
    call map_page
    call flush_tlb
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov eax, INSN_VA
    call eax
    call fail
    db "instruction crossing into a not-present page ran", 0
.caught:
    mov eax, 14
    xor ebx, ebx
    call check_fault
    db "fetch crossing pages", 0
    mov eax, [fault_cr2]
    mov ebx, TEST_VA + 0x1000
    call check_eq
    db "CR2", 0
    mov eax, [fault_eip]
    mov ebx, INSN_VA
    call check_eq
    db "saved EIP", 0
    ret
