; Rule: REP STOSD at CPL 3 that runs into a not-present page raises #PF (error
; 6) with ECX and EDI reflecting the dwords already stored; those stores are
; kept and none of the page-crossing ones are done.
; Manual: i486 PRM §9.8.14 and REP/STOS references (restartable string
; instructions).
; Expect: PASS

section .text
test_main:
    call paging_on
    mov eax, TEST_VA
    mov ebx, frames + PTE_P + PTE_W + PTE_U
    call map_page
    call flush_tlb
    mov dword [catch_eip], .caught
    mov [catch_esp], esp
    mov eax, .user
    call call_user
    call fail
    db "REP STOSD into a not-present page", 0
.caught:
    mov eax, 14
    mov ebx, 6
    call check_fault
    db "REP STOSD #PF", 0
    mov eax, [fault_cr2]
    mov ebx, TEST_VA + 0x1000
    call check_eq
    db "CR2", 0
    mov eax, [fault_eip]
    mov ebx, rep_stosd_site
    call check_eq
    db "saved EIP is the REP STOSD", 0
    mov eax, [frames + 0xFFC]
    mov ebx, 0xD00DFEED
    call check_eq
    db "last dword before the page boundary stored", 0
    mov eax, [frames + 0xFF0 - 4]
    xor ebx, ebx
    call check_eq
    db "dword before the destination untouched", 0
    ret
.user:
    cld
    mov edi, TEST_VA + 0xFF0
    mov ecx, 8
    mov eax, 0xD00DFEED
rep_stosd_site:
    rep stosd
    int 0x30
