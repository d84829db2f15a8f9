; Scenario prelude: assembled in front of every tests/scenarios/programs/*.s
; file (one whole-program assembly). It boots from multiboot, installs its own
; GDT, IDT and TSS, then calls the scenario's `test_main` at CPL 0.
;
; Reporting protocol (read by tests/scenarios/scenarios.test.ts and
; scripts/qemu-scenarios):
;   * everything is printed on the debug console, port 0xE9;
;   * a scenario whose test_main returns prints the line "PASS" and writes 0
;     to the exit port 0xF4;
;   * a failed check prints one line "FAIL <what> ..." and writes 1 to 0xF4;
;   * an exception nobody armed a catch for prints
;     "FAIL unexpected exception vector=.. error=.. eip=.." and writes 2.
;
; Catching faults: a scenario stores the resume address in [catch_eip] and
; its ESP in [catch_esp], then executes the faulting instruction. The generic
; handler records vector, error code, frame, CR2 and EFLAGS, then resumes at
; catch_eip at CPL 0 with flat DS/ES/FS/GS/SS and ESP = catch_esp. The catch is
; one-shot (catch_eip is cleared), so a second fault is reported as unexpected.
; At the catch point EAX, EBX and EDX are clobbered; ECX, ESI, EDI and EBP
; still hold their values from the faulting context.
;
; Running code at CPL 3: `call call_user` with EAX = entry point. The user code
; ends with `int 0x30`, which comes back to the instruction after the call with
; r3_eax/r3_ebx holding the user's EAX/EBX. A fault at CPL 3 with a catch armed
; resumes at the catch point at CPL 0.
;
; Register conventions for helpers: they preserve every register they do not
; return, except where noted. Check helpers take an inline NUL-terminated
; label right after the call instruction: `call check_eq` / `db "what", 0`.

bits 32

KCODE   equ 0x08            ; GDT[1] flat 32-bit code, DPL 0
KDATA   equ 0x10            ; GDT[2] flat data, DPL 0
UCODE   equ 0x1B            ; GDT[3] flat 32-bit code, DPL 3 (RPL 3)
UDATA   equ 0x23            ; GDT[4] flat data, DPL 3 (RPL 3)
TSS_SEL equ 0x28            ; GDT[5] the prelude's TSS
TEST_VA equ 0x00400000      ; first linear page of pt1 (paging scenarios)
PTE_P   equ 1
PTE_W   equ 2
PTE_U   equ 4
PTE_A   equ 0x20
PTE_D   equ 0x40
SCR0    equ 0x30            ; GDT[6..31] are free for scenarios (set_desc)
GDT_ENTRIES equ 32
USER_RET_VECTOR equ 0x30    ; DPL-3 gate: "user code is done"
ERRCODE_VECTORS equ 0x27D00 ; vectors 8, 10-14, 17 push an error code
TSS_SIZE equ 104
IOMAP_BYTES equ 8192

section .multiboot
align 4
mb_header:
    dd 0x1BADB002           ; multiboot v1 magic
    dd 0                    ; flags: nothing requested
    dd 0xE4524FFE           ; checksum: -(magic + flags)

section .text
global _start
_start:
    cli
    mov esp, kstack_top
    lgdt [gdt_ptr]
    jmp KCODE:.reload_cs
.reload_cs:
    mov ax, KDATA
    mov ds, ax
    mov es, ax
    mov fs, ax
    mov gs, ax
    mov ss, ax
    mov esp, kstack_top
    ; mask both PICs: the scenarios run with IF=0 or with no IRQ expected
    mov al, 0xFF
    out 0x21, al
    out 0xA1, al
    call build_idt
    call build_tss
    call test_main
    mov esi, str_pass
    call puts
    xor eax, eax
    jmp exit_machine

; exit_machine: EAX = exit value. Never returns.
exit_machine:
    out 0xF4, eax
.hang:
    cli
    hlt
    jmp .hang

; --- output -----------------------------------------------------------------

; putc: AL to the debug console.
putc:
    push edx
    mov dx, 0xE9
    out dx, al
    pop edx
    ret

; puts: print the NUL-terminated string at CS:ESI (CS is flat and readable,
; so printing works whatever DS holds).
puts:
    push esi
    push eax
.next:
    mov al, [cs:esi]
    test al, al
    jz .done
    call putc
    inc esi
    jmp .next
.done:
    pop eax
    pop esi
    ret

; puthex: EAX as 8 hex digits.
puthex:
    pushad
    mov edx, eax
    mov ecx, 8
.digit:
    rol edx, 4
    mov eax, edx
    and eax, 15
    mov al, [cs:hex_digits + eax]
    call putc
    dec ecx
    jnz .digit
    popad
    ret

; skip_cstr: ESI -> the byte after the NUL-terminated string at CS:ESI.
skip_cstr:
    push eax
.scan:
    mov al, [cs:esi]
    inc esi
    test al, al
    jnz .scan
    pop eax
    ret

; --- checks -------------------------------------------------------------------

; fail: print "FAIL <inline label>" and exit 1. Never returns.
fail:
    mov esi, [esp]
    mov eax, str_fail
    xchg eax, esi
    call puts
    xchg eax, esi
    call puts
    mov esi, str_nl
    call puts
    mov eax, 1
    jmp exit_machine

; check_eq: EAX (got) must equal EBX (want), else
; "FAIL <label> got=XXXXXXXX want=XXXXXXXX" and exit 1.
check_eq:
    cmp eax, ebx
    jne .mismatch
    xchg esi, [esp]
    call skip_cstr
    xchg esi, [esp]
    ret
.mismatch:
    mov ecx, [esp]
    mov esi, str_fail
    call puts
    mov esi, ecx
    call puts
    mov esi, str_got
    call puts
    call puthex
    mov esi, str_want
    call puts
    mov eax, ebx
    call puthex
    mov esi, str_nl
    call puts
    mov eax, 1
    jmp exit_machine

; check_fault: exactly one exception since the last check_fault/clear_faults,
; with vector EAX and error code EBX (-1: the vector pushes no error code).
; Clears the fault record afterwards.
check_fault:
    cmp dword [ss:fault_count], 1
    jne .bad
    cmp eax, [ss:fault_vec]
    jne .bad
    cmp ebx, [ss:fault_err]
    jne .bad
    call clear_faults
    xchg esi, [esp]
    call skip_cstr
    xchg esi, [esp]
    ret
.bad:
    mov ecx, eax
    mov edx, ebx
    mov esi, str_fail
    call puts
    mov esi, [esp]
    call puts
    mov esi, str_gotvec
    call puts
    mov eax, [ss:fault_vec]
    call puthex
    mov esi, str_err
    call puts
    mov eax, [ss:fault_err]
    call puthex
    mov esi, str_count
    call puts
    mov eax, [ss:fault_count]
    call puthex
    mov esi, str_wantvec
    call puts
    mov eax, ecx
    call puthex
    mov esi, str_err
    call puts
    mov eax, edx
    call puthex
    mov esi, str_nl
    call puts
    mov eax, 1
    jmp exit_machine

; check_no_fault: no exception was recorded since the last clear.
check_no_fault:
    cmp dword [ss:fault_count], 0
    jne .bad
    xchg esi, [esp]
    call skip_cstr
    xchg esi, [esp]
    ret
.bad:
    mov esi, str_fail
    call puts
    mov esi, [esp]
    call puts
    mov esi, str_unexp_fault
    call puts
    mov eax, [ss:fault_vec]
    call puthex
    mov esi, str_err
    call puts
    mov eax, [ss:fault_err]
    call puthex
    mov esi, str_nl
    call puts
    mov eax, 1
    jmp exit_machine

; clear_faults: forget recorded exceptions.
clear_faults:
    mov dword [ss:fault_count], 0
    mov dword [ss:fault_vec], 0xFFFFFFFF
    mov dword [ss:fault_err], 0xFFFFFFFF
    ret

; --- descriptor tables ----------------------------------------------------------

; set_desc: GDT entry EAX = base EBX, limit ECX (20 bits), access byte DL,
; flags nibble DH (bit 3 G, bit 2 D/B). Does not reload GDTR (not needed:
; the GDT is read from memory on every selector load). A limit above 20 bits
; is a scenario bug (it would be silently truncated), so it fails loudly.
set_desc:
    cmp ecx, 0xFFFFF
    jbe .limit_fits
    call fail
    db "set_desc: limit does not fit in 20 bits (use G=1 or a segment base)", 0
.limit_fits:
    push eax
    push ecx
    push edi
    lea edi, [gdt + eax*8]
    mov [edi], cx               ; limit 15:0
    mov [edi+2], bx             ; base 15:0
    mov eax, ebx
    shr eax, 16
    mov [edi+4], al             ; base 23:16
    mov [edi+5], dl             ; access
    shr ecx, 16
    and cl, 0x0F
    mov al, dh
    shl al, 4
    or al, cl
    mov [edi+6], al             ; flags | limit 19:16
    mov eax, ebx
    shr eax, 24
    mov [edi+7], al             ; base 31:24
    pop edi
    pop ecx
    pop eax
    ret

; set_call_gate: GDT entry EAX = 32-bit call gate to ECX:EBX, access byte DL
; (0x8C = present DPL 0, 0xEC = present DPL 3), DH = dword parameter count.
set_call_gate:
    push edi
    push ebx
    lea edi, [gdt + eax*8]
    mov [edi], bx
    mov [edi+2], cx
    mov [edi+4], dh
    mov [edi+5], dl
    shr ebx, 16
    mov [edi+6], bx
    pop ebx
    pop edi
    ret

; set_gate: IDT entry EAX = gate to ECX:EBX, access byte DL
; (0x8E interrupt gate DPL 0, 0x8F trap gate DPL 0, 0xEE/0xEF with DPL 3).
set_gate:
    push edi
    push ebx
    lea edi, [idt + eax*8]
    mov [edi], bx
    mov [edi+2], cx
    mov byte [edi+4], 0
    mov [edi+5], dl
    shr ebx, 16
    mov [edi+6], bx
    pop ebx
    pop edi
    ret

; build_idt: vectors 0-31 -> generic recording stubs (interrupt gates, DPL 0),
; vector 0x30 -> the user-return gate (DPL 3); every other vector not present.
build_idt:
    pushad
    xor eax, eax
    mov ebx, isr_stubs
    mov ecx, KCODE
    mov dl, 0x8E
.gate:
    call set_gate
    add ebx, 5                  ; each stub is one 5-byte `call isr_common`
    inc eax
    cmp eax, 32
    jb .gate
    mov eax, USER_RET_VECTOR
    mov ebx, user_return_isr
    mov dl, 0xEE
    call set_gate
    lidt [idt_ptr]
    popad
    ret

; build_tss: ring-0 stack for entries from outer rings; I/O bitmap base at 104
; with the TSS limit at 103, so the bitmap is outside the limit (all ports
; denied when CPL > IOPL) until a scenario loads a longer TSS descriptor.
build_tss:
    pushad
    mov dword [tss+4], ring0_stack_top      ; ESP0
    mov dword [tss+8], KDATA                ; SS0
    mov word [tss+102], TSS_SIZE            ; I/O map base
    mov eax, TSS_SEL >> 3
    mov ebx, tss
    mov ecx, TSS_SIZE - 1
    mov dl, 0x89                            ; present, DPL 0, available 32-bit TSS
    mov dh, 0
    call set_desc
    mov ax, TSS_SEL
    ltr ax
    popad
    ret

; --- exception recording --------------------------------------------------------

; One 5-byte stub per vector 0-31; the pushed return address tells which.
isr_stubs:
    call isr_common
    call isr_common
    call isr_common
    call isr_common
    call isr_common
    call isr_common
    call isr_common
    call isr_common
    call isr_common
    call isr_common
    call isr_common
    call isr_common
    call isr_common
    call isr_common
    call isr_common
    call isr_common
    call isr_common
    call isr_common
    call isr_common
    call isr_common
    call isr_common
    call isr_common
    call isr_common
    call isr_common
    call isr_common
    call isr_common
    call isr_common
    call isr_common
    call isr_common
    call isr_common
    call isr_common
    call isr_common

; Stack on entry: [esp] = stub return address, [esp+4] = the CPU's frame.
isr_common:
    pushfd                      ; EFLAGS as the gate left them (IF clear or not)
    push eax
    push edx
    push ebx
    mov ax, KDATA
    mov ds, ax
    mov es, ax
    ; [esp]=ebx [esp+4]=edx [esp+8]=eax [esp+12]=eflags [esp+16]=stub ret [esp+20]=frame
    mov eax, [esp+12]
    mov [fault_eflags], eax
    mov eax, [esp+16]
    sub eax, isr_stubs + 5
    xor edx, edx
    mov ebx, 5
    div ebx
    mov [fault_vec], eax
    lea ebx, [esp+20]
    mov [fault_esp], ebx
    mov edx, cr2
    mov [fault_cr2], edx
    mov edx, [esp+20]
    mov [fault_frame], edx
    mov edx, [esp+24]
    mov [fault_frame+4], edx
    mov edx, [esp+28]
    mov [fault_frame+8], edx
    mov edx, [esp+32]
    mov [fault_frame+12], edx
    mov edx, [esp+36]
    mov [fault_frame+16], edx
    mov edx, [esp+40]
    mov [fault_frame+20], edx
    inc dword [fault_count]
    mov ebx, ERRCODE_VECTORS
    bt ebx, eax
    jc .has_error
    mov dword [fault_err], 0xFFFFFFFF
    mov edx, [fault_frame]
    mov [fault_eip], edx
    mov edx, [fault_frame+4]
    mov [fault_cs], edx
    jmp .recorded
.has_error:
    mov edx, [fault_frame]
    mov [fault_err], edx
    mov edx, [fault_frame+4]
    mov [fault_eip], edx
    mov edx, [fault_frame+8]
    mov [fault_cs], edx
.recorded:
    mov eax, [catch_eip]
    test eax, eax
    jz .unexpected
    mov dword [catch_eip], 0
    mov [catch_jump], eax
    mov ax, KDATA
    mov fs, ax
    mov gs, ax
    mov ss, ax
    mov esp, [catch_esp]
    jmp [catch_jump]
.unexpected:
    mov esi, str_unexpected
    call puts
    mov eax, [fault_vec]
    call puthex
    mov esi, str_err
    call puts
    mov eax, [fault_err]
    call puthex
    mov esi, str_eip
    call puts
    mov eax, [fault_eip]
    call puthex
    mov esi, str_nl
    call puts
    mov eax, 2
    jmp exit_machine

; --- running code in an outer ring ------------------------------------------------

; call_user: run the code at EAX with CS=[r3_cs], SS:ESP=[r3_ss]:[r3_esp],
; DS/ES/FS/GS=[r3_ds], EFLAGS=[r3_eflags]; returns when that code executes
; `int 0x30`. All registers preserved (results come back in r3_eax/r3_ebx).
call_user:
    pushad
    mov [r3_ret_esp], esp
    push dword [r3_ss]
    push dword [r3_esp]
    push dword [r3_eflags]
    push dword [r3_cs]
    push eax
    mov ax, [r3_ds]
    mov ds, ax
    mov es, ax
    mov fs, ax
    mov gs, ax
    iret

; Vector 0x30 (DPL 3): entered from the outer ring with SS = KDATA from the TSS.
user_return_isr:
    mov [ss:r3_eax], eax
    mov [ss:r3_ebx], ebx
    mov eax, [esp]
    mov [ss:r3_ret_frame], eax          ; EIP after the int
    mov eax, [esp+4]
    mov [ss:r3_ret_frame+4], eax        ; CS
    mov eax, [esp+8]
    mov [ss:r3_ret_frame+8], eax        ; EFLAGS
    mov eax, [esp+12]
    mov [ss:r3_ret_frame+12], eax       ; ESP
    mov eax, [esp+16]
    mov [ss:r3_ret_frame+16], eax       ; SS
; user_return: back to the caller of call_user; usable from any CPL-0 context.
user_return:
    mov ax, KDATA
    mov ds, ax
    mov es, ax
    mov fs, ax
    mov gs, ax
    mov ss, ax
    mov esp, [r3_ret_esp]
    popad
    ret

; user_expect_fault: run the code at EAX at CPL 3 (through call_user); its
; first instruction must raise exception EBX with error code ECX (-1: none),
; reported at EIP = EAX. All registers preserved.
user_expect_fault:
    pushad
    mov [ufe_entry], eax
    mov [ufe_vec], ebx
    mov [ufe_err], ecx
    mov [catch_esp], esp
    mov dword [catch_eip], .caught
    call call_user
    mov dword [catch_eip], 0
    mov esi, str_fail
    call puts
    mov esi, str_no_user_fault
    call puts
    mov eax, [ufe_entry]
    call puthex
    mov esi, str_nl
    call puts
    mov eax, 1
    jmp exit_machine
.caught:
    mov eax, [ufe_vec]
    mov ebx, [ufe_err]
    call check_fault
    db "exception at CPL 3", 0
    mov eax, [fault_eip]
    mov ebx, [ufe_entry]
    call check_eq
    db "faulting EIP at CPL 3", 0
    popad
    ret

; --- paging ---------------------------------------------------------------------------

; paging_on: page directory with PDE 0 -> pt0 (identity map of 0-4 MiB, every
; page present, writable, user) and PDE 1 -> pt1 (0x400000-0x7FFFFF, empty:
; scenarios map scratch pages there with map_page). CR0.WP stays clear.
paging_on:
    pushad
    mov edi, page_dir
    xor eax, eax
    mov ecx, 1024
    rep stosd
    mov edi, pt1
    mov ecx, 1024
    rep stosd
    mov edi, pt0
    mov eax, 0x007              ; present | writable | user
    mov ecx, 1024
.fill:
    stosd
    add eax, 0x1000
    dec ecx
    jnz .fill
    mov dword [page_dir], pt0 + 7
    mov dword [page_dir+4], pt1 + 7
    mov eax, page_dir
    mov cr3, eax
    mov eax, cr0
    or eax, 0x80000000
    mov cr0, eax
    jmp .flush                  ; serialise the switch like real boot code
.flush:
    popad
    ret

; map_page: PTE for linear EAX (below 8 MiB) := EBX. Does NOT flush the TLB.
map_page:
    push eax
    shr eax, 12
    mov [pt0 + eax*4], ebx      ; pt1 follows pt0 directly, so this covers both
    pop eax
    ret

; flush_tlb: reload CR3 (drops every TLB entry).
flush_tlb:
    push eax
    mov eax, cr3
    mov cr3, eax
    pop eax
    ret

; read_pte: EAX = PTE for linear EAX (below 8 MiB).
read_pte:
    shr eax, 12
    mov eax, [pt0 + eax*4]
    ret

section .rodata
hex_digits:     db "0123456789ABCDEF"
str_pass:       db "PASS", 10, 0
str_fail:       db "FAIL ", 0
str_nl:         db 10, 0
str_got:        db " got=", 0
str_want:       db " want=", 0
str_gotvec:     db " got vector=", 0
str_wantvec:    db " want vector=", 0
str_err:        db " error=", 0
str_count:      db " count=", 0
str_eip:        db " eip=", 0
str_unexpected: db "FAIL unexpected exception vector=", 0
str_unexp_fault: db " unexpected exception vector=", 0
str_no_user_fault: db "no exception at CPL 3 for the code at ", 0

section .data
align 8
gdt:
    dd 0, 0                     ; null
    dw 0xFFFF, 0x0000           ; 0x08 kernel code
    db 0x00, 0x9A, 0xCF, 0x00
    dw 0xFFFF, 0x0000           ; 0x10 kernel data
    db 0x00, 0x92, 0xCF, 0x00
    dw 0xFFFF, 0x0000           ; 0x18 user code
    db 0x00, 0xFA, 0xCF, 0x00
    dw 0xFFFF, 0x0000           ; 0x20 user data
    db 0x00, 0xF2, 0xCF, 0x00
    times (GDT_ENTRIES - 5) * 2 dd 0 ; TSS and scratch entries
gdt_ptr:
    dw GDT_ENTRIES * 8 - 1
    dd gdt
idt_ptr:
    dw 256 * 8 - 1
    dd idt

; exception record (see isr_common)
fault_count:    dd 0
fault_vec:      dd 0xFFFFFFFF
fault_err:      dd 0xFFFFFFFF
fault_eip:      dd 0
fault_cs:       dd 0
fault_eflags:   dd 0
fault_esp:      dd 0
fault_cr2:      dd 0
fault_frame:    dd 0, 0, 0, 0, 0, 0
catch_eip:      dd 0
catch_esp:      dd 0
catch_jump:     dd 0

; outer-ring context for call_user (defaults: ring 3, flat user segments)
r3_cs:          dd UCODE
r3_ss:          dd UDATA
r3_ds:          dd UDATA
r3_esp:         dd user_stack_top
r3_eflags:      dd 0x00000002
r3_eax:         dd 0
r3_ebx:         dd 0
r3_ret_frame:   dd 0, 0, 0, 0, 0
r3_ret_esp:     dd 0
ufe_entry:      dd 0
ufe_vec:        dd 0
ufe_err:        dd 0

section .bss
align 4096
page_dir:       resb 4096
pt0:            resb 4096
pt1:            resb 4096
frames:         resb 4 * 4096   ; scratch physical pages for paging scenarios
idt:            resb 256 * 8
tss:            resb TSS_SIZE + IOMAP_BYTES + 16
align 16
kstack:         resb 16384
kstack_top:
                resb 64
ring0_stack:    resb 8192
ring0_stack_top:
                resb 64         ; slack: isr_common reads 6 dwords of frame
user_stack:     resb 8192
user_stack_top:
                resb 64
