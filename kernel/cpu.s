; cpu.s: one small function per privileged instruction, called from C (cdecl).
bits 32
section .text

global outb
outb:
    mov edx, [esp+4]
    mov eax, [esp+8]
    out dx, al
    ret

global outw
outw:
    mov edx, [esp+4]
    mov eax, [esp+8]
    out dx, ax
    ret

global outl
outl:
    mov edx, [esp+4]
    mov eax, [esp+8]
    out dx, eax
    ret

global inb
inb:
    mov edx, [esp+4]
    xor eax, eax
    in al, dx
    ret

global inw
inw:
    mov edx, [esp+4]
    xor eax, eax
    in ax, dx
    ret

global inl
inl:
    mov edx, [esp+4]
    in eax, dx
    ret

; lgdt, then a far jump so CS is reloaded from the new table, then the data segments.
global lgdt_and_reload
lgdt_and_reload:
    mov eax, [esp+4]
    lgdt [eax]
    jmp 0x08:.reload_cs
.reload_cs:
    mov ax, 0x10
    mov ds, ax
    mov es, ax
    mov fs, ax
    mov gs, ax
    mov ss, ax
    ret

global lidt_load
lidt_load:
    mov eax, [esp+4]
    lidt [eax]
    ret

global ltr_load
ltr_load:
    mov eax, [esp+4]
    ltr ax
    ret

global load_cr3
load_cr3:
    mov eax, [esp+4]
    mov cr3, eax
    ret

global read_cr3
read_cr3:
    mov eax, cr3
    ret

global read_cr0
read_cr0:
    mov eax, cr0
    ret

global write_cr0
write_cr0:
    mov eax, [esp+4]
    mov cr0, eax
    ret

global read_cr2
read_cr2:
    mov eax, cr2
    ret

global read_eflags
read_eflags:
    pushfd
    pop eax
    ret

global invlpg
invlpg:
    mov eax, [esp+4]
    invlpg [eax]
    ret

; The x87 helpers of the lazy FPU switch (fpu.c). FNSAVE and FRSTOR do not
; wait, so a program's pending x87 error never traps in the kernel.
global clts
clts:
    clts
    ret

global fpu_fnsave
fpu_fnsave:
    mov eax, [esp+4]
    fnsave [eax]
    ret

global fpu_frstor
fpu_frstor:
    mov eax, [esp+4]
    frstor [eax]
    ret

global fpu_status_word
fpu_status_word:
    xor eax, eax
    fnstsw ax
    ret

; sti takes effect after the next instruction, so no interrupt can slip in
; between the caller's last check and the hlt.
global cpu_idle
cpu_idle:
    sti
    hlt
    cli
    ret

global cpu_halt_forever
cpu_halt_forever:
    cli
.again:
    hlt
    jmp .again

; void kmemset(void *dst, int value, u32 n): dwords first, then the odd bytes.
global kmemset
kmemset:
    push edi
    mov edi, [esp+8]
    movzx eax, byte [esp+12]
    imul eax, eax, 0x01010101
    mov edx, [esp+16]
    mov ecx, edx
    shr ecx, 2
    cld
    rep stosd
    mov ecx, edx
    and ecx, 3
    rep stosb
    pop edi
    ret

; void kmemcpy(void *dst, const void *src, u32 n): forward copy, no overlap.
global kmemcpy
kmemcpy:
    push edi
    push esi
    mov edi, [esp+12]
    mov esi, [esp+16]
    mov edx, [esp+20]
    mov ecx, edx
    shr ecx, 2
    cld
    rep movsd
    mov ecx, edx
    and ecx, 3
    rep movsb
    pop esi
    pop edi
    ret

; u32 copy_text(char *dst, const char *src, u32 room): copies src up to its
; NUL or room bytes, whichever comes first (no NUL is written); returns the
; count. Two string instructions instead of a C loop: the trace lines were
; most of a system call's cost in compiled kernel code.
global copy_text
copy_text:
    push esi
    push edi
    mov esi, [esp+16]
    mov edx, [esp+20]
    xor eax, eax
    test edx, edx
    jz .copied
    mov edi, esi
    mov ecx, edx
    cld
    repne scasb
    mov eax, edx
    jne .copy
    sub eax, ecx
    dec eax
.copy:
    mov ecx, eax
    mov edi, [esp+12]
    rep movsb
.copied:
    pop edi
    pop esi
    ret

; void outsb_block(u32 port, const void *data, u32 n): n bytes to one port.
global outsb_block
outsb_block:
    push esi
    mov edx, [esp+8]
    mov esi, [esp+12]
    mov ecx, [esp+16]
    cld
    rep outsb
    pop esi
    ret
