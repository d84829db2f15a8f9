; Rule: a REP MOVSB interrupted by #PF in the middle saves ECX/ESI/EDI as they
; are after the completed iterations and the EIP of the REP instruction; once
; the handler maps the page and IRETs, the copy finishes correctly.
; Manual: i486 PRM §9.8.14 and REP reference ("repeated string instructions
; ... an exception leaves the registers pointing at the element that caused
; it, so the instruction can be restarted").
; Expect: PASS

COUNT equ 0x20
DEST  equ TEST_VA + 0xFF0       ; 16 bytes in page 0, 16 in page 1

section .text
test_main:
    mov eax, 14
    mov ebx, .pf_handler
    mov ecx, KCODE
    mov dl, 0x8E
    call set_gate
    call paging_on
    mov eax, TEST_VA
    mov ebx, frames + PTE_P + PTE_W
    call map_page               ; page 1 (TEST_VA + 0x1000) stays not present
    call flush_tlb
    mov ecx, COUNT
    xor eax, eax
.fill:
    mov [source + eax], al
    add byte [source + eax], 0x41
    inc eax
    loop .fill
    cld
    mov esi, source
    mov edi, DEST
    mov ecx, COUNT
.copy:
    rep movsb
    mov [after_ecx], ecx
    mov [after_edi], edi
    mov eax, [pf_count]
    mov ebx, 1
    call check_eq
    db "page faults during the copy", 0
    mov eax, [pf_ecx]
    mov ebx, 16
    call check_eq
    db "ECX at the fault", 0
    mov eax, [pf_edi]
    mov ebx, TEST_VA + 0x1000
    call check_eq
    db "EDI at the fault", 0
    mov eax, [pf_eip]
    mov ebx, .copy
    call check_eq
    db "saved EIP is the REP instruction", 0
    mov eax, [after_ecx]
    xor ebx, ebx
    call check_eq
    db "ECX after the copy", 0
    mov eax, [after_edi]
    mov ebx, DEST + COUNT
    call check_eq
    db "EDI after the copy", 0
    mov esi, source
    mov edi, DEST
    mov ecx, COUNT
    repe cmpsb
    mov eax, ecx
    xor ebx, ebx
    call check_eq
    db "bytes left differing after the copy", 0
    ret
.pf_handler:
    inc dword [pf_count]
    mov [pf_ecx], ecx
    mov [pf_edi], edi
    push eax
    push ebx
    mov eax, [esp + 12]
    mov [pf_eip], eax
    mov eax, TEST_VA + 0x1000
    mov ebx, frames + 0x1000 + PTE_P + PTE_W
    call map_page
    invlpg [TEST_VA + 0x1000]
    pop ebx
    pop eax
    add esp, 4                  ; error code
    iret

section .data
pf_count: dd 0
pf_ecx: dd 0
pf_edi: dd 0
pf_eip: dd 0
after_ecx: dd 0
after_edi: dd 0
source: times COUNT db 0
