; copy.s: block copy with REP MOVSD for the memory workload.
; void copy_dwords(void *dst, const void *src, int count)   (cdecl)
; ESI and EDI are callee-saved in the ABI, so they are restored.
section .text
global copy_dwords
copy_dwords:
    push esi
    push edi
    mov edi, [esp+12]
    mov esi, [esp+16]
    mov ecx, [esp+20]
    cld
    rep movsd
    pop edi
    pop esi
    ret
